import type { APIRoute } from 'astro';
import { getArchive } from '../lib/review';
import { siteImageResponse } from '../lib/site-image-route';
import { archiveImage } from '../lib/site-images';

/** The archive's share image (the front page's, the search's, the 404 page's): share.png. */
export const GET: APIRoute = async () => siteImageResponse(archiveImage(await getArchive()));
