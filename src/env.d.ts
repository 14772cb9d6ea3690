declare namespace App {
  interface Locals {
    /** Set by SectionText for the Topic components its MDX places: one below the section's heading. */
    topicHeadingLevel?: 2 | 3;
    /** Set by SectionText inside the print edition, which is for paper: charts there offer no embed code. */
    printEdition?: boolean;
    /** Set by SectionText: the review whose text places <Chart id> (components/text/TextChart.astro). */
    textReview?: import('./lib/review').Review;
  }
}
