/** Accessibility sweep of the real site: every page in the sitemap, and the 404 page. */
import { defineAxeSweep } from './support/axeSweep';

defineAxeSweep();
