/** Sizes of the picture, in SVG user units (1 unit = 1 CSS px when drawn at its natural width). */
export const mapGeometry = {
  /** Width of the whole picture. */
  width: 1000,
  /** Margin left and right, also the outer lanes for connectors. */
  outer: 40,
  /** Space between columns: the lanes connectors run up. */
  gutter: 40,
  /** Padding inside a panel. */
  panelPad: 10,
  /** Padding inside a box. */
  boxPad: 8,
  /** Font size of box text. */
  font: 14,
  /** Line height of box text. */
  line: 18,
  /** Font size of headings (directions, bands, captions). */
  headingFont: 15,
  /** Line height of headings. */
  headingLine: 20,
  /** Indent of a nested measure. */
  indent: 16,
  /** Vertical space between items of a stack. */
  itemGap: 8,
  /** Vertical space between the picture's parts. */
  partGap: 24,
  /** Space between two connector lanes. */
  laneGap: 9,
  /** Space between the approaches' stacks. */
  rowGap: 16,
  /** How much wider bold Latin text is than regular (headings and captions are bold; CJK is not wider). */
  bold: 1.15,
} as const;
