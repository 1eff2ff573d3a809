"use client";

import { startTransition, useActionState, useMemo, useState, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState, StatefulAction } from "@/lib/actions/types";
import type { ApplicationView, BenefitSelection } from "@/lib/sponsors/types";
import { hasCapacity, tieredName, validateBenefitSelection } from "@/lib/sponsors/utils";

const money = (n: number) => `$${n.toLocaleString("en-US")}`;

/**
 * Step 1 (sponsorship_benefits_form.html): a package, the benefits of each program, à la carte and
 * standalone ones. Picking a package ticks its benefits; conflicts, capacity and package-only
 * rules are checked as you pick (the same rules the server applies when you continue).
 */
export function BenefitsForm({
  action,
  view,
  saved,
}: {
  action: StatefulAction;
  view: ApplicationView;
  saved: BenefitSelection | null;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  // Sent without React's reset, so a refused form keeps every pick, text and file.
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
  const [packageId, setPackageId] = useState<number | null>(saved?.packageId ?? null);
  const [picked, setPicked] = useState<Set<number>>(
    new Set(saved ? [...saved.benefits, ...saved.aLaCarte, ...saved.standalone] : []),
  );
  const rules = useMemo(() => new Map(view.benefits.map((b) => [b.id, b.rule])), [view.benefits]);
  const pkgRules = useMemo(
    () => new Map(view.packages.map((p) => [p.id, { id: p.id, allowALaCarte: p.allowALaCarte }])),
    [view.packages],
  );
  const byId = useMemo(() => new Map(view.benefits.map((b) => [b.id, b])), [view.benefits]);
  const pkg = view.packages.find((p) => p.id === packageId) ?? null;

  const withPackages = view.benefits.filter((b) => b.rule.packageIds.length > 0);
  const aLaCarte = view.benefits.filter((b) => b.rule.packageIds.length === 0 && !b.rule.standalone);
  const standalone = view.benefits.filter((b) => b.rule.standalone);
  const selection: BenefitSelection = {
    packageId,
    benefits: withPackages.filter((b) => picked.has(b.id)).map((b) => b.id),
    aLaCarte: aLaCarte.filter((b) => picked.has(b.id)).map((b) => b.id),
    standalone: standalone.filter((b) => picked.has(b.id)).map((b) => b.id),
  };
  const live = picked.size || packageId ? validateBenefitSelection(selection, rules, pkgRules) : null;

  const choosePackage = (id: number) => {
    setPackageId(id);
    // The package's benefits, keeping one of each group of conflicting ones.
    const next = new Set<number>();
    for (const b of withPackages)
      if (b.rule.packageIds.includes(id) && hasCapacity(b.rule) && !b.rule.conflicts.some((c) => next.has(c)))
        next.add(b.id);
    setPicked(next);
  };
  const toggle = (id: number, on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const benefitBox = (b: ApplicationView["benefits"][number], name: string) => {
    const conflicting = picked.has(b.id)
      ? b.rule.conflicts.filter((c) => picked.has(c)).map((c) => byId.get(c)?.name)
      : [];
    const full = !hasCapacity(b.rule);
    const wrongPackage = b.rule.packageOnly && (!packageId || !b.rule.packageIds.includes(packageId));
    const id = `benefit-${b.id}`;
    return (
      <li key={b.id} className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          name={name}
          value={b.id}
          checked={picked.has(b.id)}
          disabled={full && !picked.has(b.id)}
          onChange={(e) => toggle(b.id, e.target.checked)}
          aria-invalid={conflicting.length ? true : undefined}
          aria-describedby={`${id}-note`}
          className="checkbox checkbox-sm mt-1"
        />
        <div className="space-y-1">
          <label htmlFor={id}>
            <span className="font-medium">
              {tieredName(
                b.name,
                b.tiers.find((t) => t.packageId === packageId),
                packageId,
              )}
            </span>{" "}
            {b.new && <span className="badge badge-accent badge-sm">New this year</span>}{" "}
            {b.rule.packageOnly && <span className="badge badge-outline badge-sm">Package only</span>}
          </label>
          <span id={`${id}-note`} className="text-base-content/80 block text-sm">
            {b.description}
            {full && " This benefit is currently at capacity."}
            {wrongPackage &&
              picked.has(b.id) &&
              " This benefit is only available with packages that include it."}
            {b.rule.remainingCapacity !== null && !full && ` ${b.rule.remainingCapacity} left.`}
            {conflicting.length > 0 && (
              <span className="text-error block">Conflicts with {conflicting.join(", ")}.</span>
            )}
          </span>
        </div>
      </li>
    );
  };

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-8"
      aria-label="Sponsorship benefits"
    >
      <FormAlert text={state.error} />
      <fieldset className="space-y-3">
        <legend className="mb-2 text-xl font-semibold">Sponsorship package</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {view.packages.map((p) => (
            <label
              key={p.id}
              className={`card bg-base-200 cursor-pointer p-4 ${packageId === p.id ? "ring-primary ring-2" : ""}`}
            >
              <span className="flex items-center gap-2">
                <input
                  type="radio"
                  name="package"
                  value={p.id}
                  checked={packageId === p.id}
                  onChange={() => choosePackage(p.id)}
                  className="radio radio-sm"
                />
                <span className="font-semibold">{p.name}</span>
              </span>
              <span className="text-sm">{money(p.sponsorshipAmount)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {view.programs.map((program) => {
        const rows = withPackages.filter((b) => b.programId === program.id);
        if (rows.length === 0) return null;
        return (
          <fieldset key={program.id}>
            <legend className="mb-2 text-xl font-semibold">{program.name} Benefits</legend>
            <ul className="space-y-2">{rows.map((b) => benefitBox(b, `benefits_${program.field}`))}</ul>
          </fieldset>
        );
      })}
      {aLaCarte.length > 0 && (
        <fieldset disabled={pkg !== null && !pkg.allowALaCarte}>
          <legend className="mb-2 text-xl font-semibold">À la carte benefits</legend>
          <p className="mb-2 text-sm">
            Added to a package
            {pkg && !pkg.allowALaCarte ? `; the ${pkg.name} package does not take them` : ""}.
          </p>
          <ul className="space-y-2">{aLaCarte.map((b) => benefitBox(b, "a_la_carte_benefits"))}</ul>
        </fieldset>
      )}
      {standalone.length > 0 && (
        <fieldset>
          <legend className="mb-2 text-xl font-semibold">Standalone benefits</legend>
          <p className="mb-2 text-sm">Sponsor one of these without a package.</p>
          <ul className="space-y-2">{standalone.map((b) => benefitBox(b, "standalone_benefits"))}</ul>
        </fieldset>
      )}
      <div aria-live="polite" className="min-h-6">
        {live && <p className="alert alert-warning">{live}</p>}
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        Continue
      </button>
    </form>
  );
}
