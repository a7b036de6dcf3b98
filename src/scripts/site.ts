/**
 * The script of every page (BaseLayout): the header's search opener, then, imported so that they
 * add nothing to what a page loads before the reader interacts, the elder-mode switch (its
 * no-script link works until it arrives) and, on story and unit pages, the read-aloud control
 * (which appears only when it has a Chinese voice anyway).
 */
import './searchOpen';

void import('./elderToggle');
if (document.querySelector('mz-read-aloud')) void import('./readAloud');
