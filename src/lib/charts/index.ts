/**
 * Charts: one definition, two renderers. A chart's figures become a model
 * (./model.ts, plain data the page hands to the island), the model one
 * Chart.js configuration (./config.ts, ./draw.ts) of a size that depends
 * only on its rows (./layout.ts), and words for those who do not see it
 * (./words.ts). Everything exported here is pure and safe in the browser;
 * the build's renderer (./picture.ts) is imported on its own.
 */
export * from './config';
export * from './files';
export * from './layout';
export * from './model';
export * from './words';
