import type { Metadata } from "next";
import { BlogHomeView } from "@/components/blogs/blog-home";
import { loadBlogHome } from "@/lib/blogs/loaders";
import { loadBoxes } from "@/lib/boxes/loaders";

export const metadata: Metadata = { title: "Python Insider" };

export default async function BlogsPage() {
  const [home, boxes] = await Promise.all([loadBlogHome(), loadBoxes(["blogs-subscriptions", "blogs-copyright"])]);
  return <BlogHomeView home={home} boxes={boxes} />;
}
