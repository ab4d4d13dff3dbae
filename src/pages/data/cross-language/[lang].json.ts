/**
 * `/data/cross-language/<lang>.json` for every translated edition: its names of glossary terms, topics and
 * documents with the English terms they stand for (src/lib/crossLanguageNames.ts). The search page matches a
 * query against them and searches the English index for what they stand for; the offline edition reads the
 * same file when it is built.
 */
import type { APIRoute } from 'astro';
import { defaultLocale, locales, type Locale } from '../../../schemas';
import { getSite } from '../../../lib/routing';
import { crossLanguageNames } from '../../../lib/crossLanguageNames';

export function getStaticPaths() {
  return locales.filter((lang) => lang !== defaultLocale).map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  const data = crossLanguageNames(await getSite(lang), await getSite(defaultLocale));
  return new Response(`${JSON.stringify(data, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
