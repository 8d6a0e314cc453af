import type { MetadataRoute } from "next";

// GET /manifest.webmanifest – what a phone needs to install Factdeck as an app (Add to Home Screen).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Factdeck",
    short_name: "Factdeck",
    description: "Flashcards and timed quizzes from the article you have to know, also offline.",
    start_url: "/study",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#3451d1",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
