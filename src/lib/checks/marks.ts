/** The text marks the section's figures and places its charts, each once. */
import { ContentError } from '../../schemas/messages';
import { quoted, type ReadSection } from './sources';

/** Every figure is marked once in the text, around exactly its quote, and every mark names a figure. */
export function checkFigureMarks(section: ReadSection) {
  const { marks } = section.read;
  const figures = section.data.figures;
  for (const mark of marks) {
    const i = figures.findIndex((f) => f.id === mark.id);
    const figure = figures[i];
    if (!figure) {
      throw new ContentError(
        section.file,
        `<Fig id="${mark.id}">`,
        'names a figure that is not in this section’s figures. Add it to figures or correct the id.',
      );
    }
    if (mark.phrase !== figure.quote) {
      throw new ContentError(
        section.file,
        `figures[${i}].quote`,
        `${quoted(figure.quote)} differs from the phrase marked in the text, ${quoted(mark.phrase)}. They must be the same.`,
      );
    }
  }
  figures.forEach((figure, i) => {
    const count = marks.filter((m) => m.id === figure.id).length;
    if (count !== 1) {
      throw new ContentError(
        section.file,
        `figures[${i}].id`,
        `${quoted(figure.id)} is marked ${count} times in the text; mark its quote once with <Fig id="${figure.id}">…</Fig>.`,
      );
    }
  });
}

/** Every chart of a section is placed once in its text, and every placement names one of them. */
export function checkChartPlacements(section: ReadSection) {
  const placed = section.read.charts.map((c) => c.id);
  const charts = section.data.charts;
  for (const id of placed) {
    if (!charts.some((c) => c.id === id)) {
      throw new ContentError(
        section.file,
        `<Chart id="${id}" />`,
        'names a chart that is not in this section’s charts. Add it to charts or correct the id.',
      );
    }
  }
  charts.forEach((chart, i) => {
    const count = placed.filter((id) => id === chart.id).length;
    if (count !== 1) {
      throw new ContentError(
        section.file,
        `charts[${i}].id`,
        `${quoted(chart.id)} is placed ${count} times in the text; place it once with <Chart id="${chart.id}" /> after the paragraph it belongs to.`,
      );
    }
  });
}
