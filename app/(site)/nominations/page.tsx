import { permanentRedirect } from "next/navigation";

// /nominations/ has no page of its own on python.org's site map: the elections list is the index.
export default function NominationsIndex() {
  permanentRedirect("/nominations/elections/");
}
