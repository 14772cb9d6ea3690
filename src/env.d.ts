declare namespace App {
  interface Locals {
    /** Set by SectionText for the Topic components its MDX places: one below the section's heading. */
    topicHeadingLevel?: 2 | 3;
  }
}
