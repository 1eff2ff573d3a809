import type { Metadata } from "next";
import { Box } from "@/components/boxes/box";
import { loadBoxes } from "@/lib/boxes/loaders";

export const metadata: Metadata = { title: "About Python" };

const BOXES = [
  "aboutpython-banner",
  "aboutpython-getstarted",
  "aboutpython-easytolearn",
  "aboutpython-applications",
  "aboutpython-opensource",
  "usermessage-helplink",
];

/** templates/python/about.html: a banner, four widgets in two rows, and the help line. */
export default async function AboutPage() {
  const boxes = await loadBoxes(BOXES);
  const card = "card bg-base-200 p-5";
  return (
    <div className="space-y-8">
      <Box label="aboutpython-banner" html={boxes["aboutpython-banner"]} className="text-lg" />
      <div className="grid gap-4 md:grid-cols-2">
        <Box label="aboutpython-getstarted" html={boxes["aboutpython-getstarted"]} className={card} />
        <Box label="aboutpython-easytolearn" html={boxes["aboutpython-easytolearn"]} className={card} />
        <Box label="aboutpython-applications" html={boxes["aboutpython-applications"]} className={card} />
        <Box label="aboutpython-opensource" html={boxes["aboutpython-opensource"]} className={card} />
      </div>
      <Box label="usermessage-helplink" html={boxes["usermessage-helplink"]} className="alert" />
    </div>
  );
}
