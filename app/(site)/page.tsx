import { HomeSections } from "@/components/boxes/home-sections";
import { CodeSamples } from "@/components/code-samples/code-samples";
import { loadHome } from "@/lib/site/boxes/loaders";

// templates/python/index.html: the homepage is composed of boxes plus live widgets.
export default async function HomePage() {
  const { samples, ...data } = await loadHome();
  return <HomeSections header={<CodeSamples samples={samples} />} {...data} />;
}
