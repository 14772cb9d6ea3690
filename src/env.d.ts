declare namespace App {
  interface Locals {
    /** Set by a page that nests sections one level deeper (the print edition). */
    topicHeadingLevel?: 2 | 3;
  }
}
