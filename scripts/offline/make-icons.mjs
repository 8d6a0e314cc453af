// Draws the app's install icons (public/icons/*) from app/icon.svg with sharp (already installed by
// Next): nothing downloaded. Run once after changing the icon: node scripts/offline/make-icons.mjs
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import sharp from "sharp";

const svg = readFileSync("app/icon.svg", "utf8").trim();
// Maskable icons may be cropped to a circle: the same drawing on a full-bleed background, shrunk into the safe zone.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#3451d1"/><g transform="translate(6.4 6.4) scale(0.6)">${svg.replace(/^<svg[^>]*>|<\/svg>$/g, "")}</g></svg>`;
writeFileSync("public/icons/icon.svg", svg);
for (const size of [192, 512]) {
  await sharp(Buffer.from(svg), { density: (72 * size) / 32 })
    .resize(size, size)
    .png()
    .toFile(`public/icons/icon-${size}.png`);
  await sharp(Buffer.from(maskable), { density: (72 * size) / 32 })
    .resize(size, size)
    .png()
    .toFile(`public/icons/maskable-${size}.png`);
}
await sharp(Buffer.from(svg), { density: (72 * 180) / 32 })
  .resize(180, 180)
  .flatten({ background: "#ffffff" })
  .png()
  .toFile("public/icons/apple-touch-icon.png");
// Next.js serves app/apple-icon.png as <link rel="apple-touch-icon"> on every page.
copyFileSync("public/icons/apple-touch-icon.png", "app/apple-icon.png");
console.log("public/icons and app/apple-icon.png written");
