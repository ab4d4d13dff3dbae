import type { LocDocument, SiteModel } from '../siteModel';

/** The two documents the picture draws, from the manifest's concordance (the site model's relations). */
export interface MapDocuments {
  /** The frame document: its directions are the columns, its other top-level parts the bands. */
  frame?: LocDocument | undefined;
  /** The first document mapped onto it: its approaches are the bottom row, linked to what they serve. */
  support?: LocDocument | undefined;
}

/** The documents of the picture in the page language, as the relations name them. */
export function mapDocuments(site: SiteModel): MapDocuments {
  const { frame, mapped } = site.relations;
  return {
    frame: frame === undefined ? undefined : site.documentsByKey.get(frame),
    support: mapped[0] === undefined ? undefined : site.documentsByKey.get(mapped[0]),
  };
}
