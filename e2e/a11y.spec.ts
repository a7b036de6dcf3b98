/** Accessibility sweep of the real site: every page in the sitemap, its embed and press pages, and the 404 page. */
import { defineAxeSweep } from './support/axeSweep';

defineAxeSweep();
