/**
 * The configuration forms: FormData turned into the domain's input shape (numbers, booleans,
 * id lists, dates), then checked by the domain's schemas, so field errors keep the form's names.
 */
import { z } from "zod";
import type { FormValues } from "@/lib/platform/forms";
import {
  benefitInputSchema,
  clauseInputSchema,
  featureInputSchema,
  packageInputSchema,
  programInputSchema,
} from "@/lib/sponsors/catalog/schema";

type Raw = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");
/** A number input: "" is the fallback (null for an optional one); anything else a number or NaN. */
const num = (v: unknown, fallback: number | null | undefined) => (str(v) === "" ? fallback : Number(str(v)));
const bool = (v: unknown) => v === "on" || v === "true" || v === "1";
const ids = (v: unknown) =>
  (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]).map((x) => Number(x));
const day = (v: unknown) =>
  str(v) === "" ? null : /^\d{4}-\d{2}-\d{2}$/.test(str(v)) ? new Date(`${str(v)}T00:00:00Z`) : "invalid";

const idField = z.number().int().positive().optional();
const formOf = <S extends z.ZodType>(map: (raw: Raw) => Raw, target: S) =>
  z.preprocess(
    (raw) => {
      const r = (raw ?? {}) as Raw;
      return { ...map(r), id: num(r.id, undefined) };
    },
    z.intersection(z.object({ id: idField }), target),
  );
const split = <T extends { id?: number }>({ id, ...input }: T) => ({ id, input });

export const refSchema = z.object({ id: z.coerce.number().int().positive() });

export const programFormSchema = formOf(
  (r) => ({ name: str(r.name), description: str(r.description), order: num(r.order, 0) }),
  programInputSchema,
).transform(split);

export const packageFormSchema = formOf(
  (r) => ({
    name: str(r.name),
    slug: str(r.slug),
    sponsorshipAmount: num(r.sponsorshipAmount, undefined),
    advertise: bool(r.advertise),
    logoDimension: num(r.logoDimension, 175),
    year: num(r.year, null),
    allowALaCarte: bool(r.allowALaCarte),
    order: num(r.order, 0),
  }),
  packageInputSchema,
).transform(split);

export const clauseFormSchema = formOf(
  (r) => ({
    internalName: str(r.internalName),
    clause: str(r.clause),
    notes: str(r.notes),
    order: num(r.order, 0),
  }),
  clauseInputSchema,
).transform(split);

export const benefitFormSchema = formOf(
  (r) => ({
    name: str(r.name),
    description: str(r.description),
    programId: num(r.programId, undefined),
    year: num(r.year, null),
    packageIds: ids(r.packageIds),
    packageOnly: bool(r.packageOnly),
    new: bool(r.new),
    unavailable: bool(r.unavailable),
    standalone: bool(r.standalone),
    internalDescription: str(r.internalDescription),
    internalValue: num(r.internalValue, null),
    capacity: num(r.capacity, null),
    softCapacity: bool(r.softCapacity),
    legalClauseIds: ids(r.legalClauseIds),
    conflictIds: ids(r.conflictIds),
    order: num(r.order, 0),
  }),
  benefitInputSchema,
).transform(split);

/** One configuration form: every control read, and the kind's schema keeps its own fields only. */
export const featureFormSchema = z
  .preprocess(
    (raw) => {
      const r = (raw ?? {}) as FormValues;
      return {
        benefitId: num(r.benefitId, undefined),
        id: num(r.id, undefined),
        kind: str(r.kind),
        publisher: str(r.publisher),
        logoPlace: str(r.logoPlace),
        linkToSponsorsPage: bool(r.linkToSponsorsPage),
        describeAsSponsor: bool(r.describeAsSponsor),
        packageId: num(r.packageId, undefined),
        quantity: num(r.quantity, undefined),
        displayLabel: str(r.displayLabel),
        relatedTo: str(r.relatedTo),
        internalName: str(r.internalName),
        label: str(r.label),
        helpText: str(r.helpText),
        dueDate: day(r.dueDate),
        minWidth: num(r.minWidth, undefined),
        maxWidth: num(r.maxWidth, undefined),
        minHeight: num(r.minHeight, undefined),
        maxHeight: num(r.maxHeight, undefined),
        maxLength: num(r.maxLength, null),
        shared: bool(r.shared),
        sharedText: str(r.sharedText),
      };
    },
    z.intersection(z.object({ benefitId: z.number().int().positive(), id: idField }), featureInputSchema),
  )
  .transform(({ benefitId, id, ...input }) => ({
    benefitId,
    id,
    input: input as z.output<typeof featureInputSchema>,
  }));

export const featureRefSchema = z.object({
  benefitId: z.coerce.number().int().positive(),
  id: z.coerce.number().int().positive(),
});
