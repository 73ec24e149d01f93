import type { Plugin } from "vite";

const CONNECT_STYLESHEET = /[\\/]dsfr[\\/]component[\\/]connect[\\/]connect\.main\.min\.css$/;
const FRANCECONNECT_LOGO = /(\.fr-connect:before\{)background-image:url\("data:[^"]*"\);/;

/**
 * The DSFR's connect button stylesheet draws FranceConnect's logo, an inline image of 2 kB
 * gzipped in the stylesheet of every sign-in page; the portal's only connect button is ProConnect's,
 * whose logo src/login/components/proConnect.css draws from a file. FranceConnect's is left out.
 */
export function withoutFranceConnectLogo(): Plugin {
  return {
    name: "siec-without-franceconnect-logo",
    enforce: "pre",
    transform(css, id) {
      if (!CONNECT_STYLESHEET.test(id)) return undefined;
      return { code: dropFranceConnectLogo(css), map: null };
    },
  };
}

export function dropFranceConnectLogo(css: string): string {
  const dropped = css.replace(FRANCECONNECT_LOGO, "$1");
  if (dropped === css)
    throw new Error("The DSFR's connect stylesheet no longer draws FranceConnect's logo as expected");
  return dropped;
}
