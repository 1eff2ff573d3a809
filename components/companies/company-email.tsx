import { Fragment } from "react";
import { emailParts } from "@/lib/companies/utils";

const Dot = () => <span>.</span>;

/**
 * A company's e-mail address with its dots and "@" in their own spans
 * (apps/companies render_email, lib/companies/utils renderEmail): people read the address,
 * harvesters scanning the markup for one do not find it. React escapes each part.
 */
export function CompanyEmail({ email }: { email: string | null | undefined }) {
  if (!email) return null;
  const { mailbox, domain } = emailParts(email);
  const join = (parts: string[]) =>
    parts.map((part, i) => (
      <Fragment key={i}>
        {i > 0 && <Dot />}
        {part}
      </Fragment>
    ));
  return (
    <span className="company-email">
      {join(mailbox)}
      {domain && (
        <>
          <span>@</span>
          {join(domain)}
        </>
      )}
    </span>
  );
}
