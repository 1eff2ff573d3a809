import type { Metadata } from "next";
import Link from "next/link";
import { ContractTemplateForm } from "@/components/sponsors/admin/contract-template-form";
import { contractTemplateAction } from "@/lib/sponsors/admin/contract/actions";
import { loadContractTemplate } from "@/lib/sponsors/admin/contract/loaders";

export const metadata: Metadata = { title: "Agreement template · Admin", robots: { index: false } };

/** The sponsorship agreement template staff edit (templates/sponsors/admin/contracts/sponsorship-agreement.md). */
export default async function ContractTemplatePage() {
  const { content, stored, variables } = await loadContractTemplate();
  return (
    <div className="space-y-6">
      <Link href="/admin/sponsors/" className="link">
        ← Sponsorships
      </Link>
      <h1 className="text-3xl font-bold">Sponsorship agreement template</h1>
      <p>
        {stored ? "The saved template." : "The default template (not saved yet)."} Liquid tags and variables,
        one Markdown block a line: <code># </code> headings, <code>1. </code> numbered and <code>- </code>{" "}
        bulleted items (4 spaces a level), <code>&gt; </code> indented lines, <code>\newpage</code> a page
        break, <code>**bold**</code> and <code>__underline__</code>. Values are always shown as text.
      </p>
      <p>
        Variables:{" "}
        {variables.map((v, i) => (
          <span key={v}>
            {i ? ", " : ""}
            <code>{v}</code>
          </span>
        ))}
      </p>
      <ContractTemplateForm content={content} save={contractTemplateAction} />
    </div>
  );
}
