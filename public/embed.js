/*!
 * embed.js: fits the site's embedded iframes to their content on a host page.
 *
 * Paste it once or many times beside the iframes; it starts once per site origin. It listens for
 * the height messages the embed pages post ({ type: "mz-embed-height", height }), accepts them only
 * from the site's own origin (the origin this script was loaded from), finds the iframe that sent
 * each message by comparing `event.source` with every iframe's window, clamps the height and sets
 * it. Once an iframe has reported, the link fallback before it (blockquote.mz-embed-fallback) is
 * hidden. No dependencies and no build step: plain script that runs on any current browser.
 */
(function () {
  'use strict';

  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 20000;

  function scriptSrc() {
    var current = document.currentScript;
    if (current && current.src) return current.src;
    var scripts = document.getElementsByTagName('script');
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/\/embed\.js(?:[?#].*)?$/.test(scripts[i].src)) return scripts[i].src;
    }
    return '';
  }

  var src = scriptSrc();
  if (!src) return;
  var origin = new URL(src, location.href).origin;
  var flag = '__mzEmbed:' + origin;
  if (window[flag]) return;
  window[flag] = true;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function isOurs(frame) {
    try {
      return new URL(frame.src, location.href).origin === origin;
    } catch {
      return false;
    }
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'mz-embed-height') return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frame = frameOf(event.source);
    if (!frame || !isOurs(frame)) return;
    height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
    frame.style.height = height + 'px';
    frame.setAttribute('height', String(height));
    var fallback = frame.previousElementSibling;
    if (fallback && fallback.tagName === 'BLOCKQUOTE' && /\bmz-embed-fallback\b/.test(fallback.className)) {
      fallback.style.display = 'none';
    }
  });

  // Whether the frame shows its page yet: until then it holds the host's own about:blank, and a
  // message addressed to the site's origin would only make the browser log an error on the host
  // page. A frame that is still loading reports its height itself once it has loaded.
  function loaded(frame) {
    try {
      return frame.contentWindow.location.href !== 'about:blank';
    } catch {
      // Another origin's page: the embed has loaded.
      return true;
    }
  }

  // Embeds that reported before this script ran (it loads async) are asked to report again.
  function requestHeights() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (isOurs(frames[i]) && frames[i].contentWindow && loaded(frames[i])) {
        frames[i].contentWindow.postMessage({ type: 'mz-embed-request' }, origin);
      }
    }
  }
  requestHeights();
  if (document.readyState !== 'complete') window.addEventListener('load', requestHeights);
})();
