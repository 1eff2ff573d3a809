import { z } from "zod";
import { text } from "@/lib/platform/forms";
import { passwordProblem } from "@/lib/users/passwords/schema";
import { usernameField } from "@/lib/users/schema";

const username = usernameField;

const email = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.").max(254));

export const signUpSchema = z
  .object({ username, email, password: z.string(), password2: z.string() })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, { username: v.username, email: v.email });
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    if (v.password !== v.password2)
      ctx.addIssue({ code: "custom", path: ["password2"], message: "The two passwords differ." });
  });

export const resetRequestSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({ token: z.string().min(20).max(100), password: z.string(), password2: z.string() })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    if (v.password !== v.password2)
      ctx.addIssue({ code: "custom", path: ["password2"], message: "The two passwords differ." });
  });

export const setPasswordSchema = z
  .object({ password: z.string(), password2: z.string() })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    if (v.password !== v.password2)
      ctx.addIssue({ code: "custom", path: ["password2"], message: "The two passwords differ." });
  });

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Enter your current password."),
    password: z.string(),
    password2: z.string(),
  })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    if (v.password !== v.password2)
      ctx.addIssue({ code: "custom", path: ["password2"], message: "The two passwords differ." });
  });

export const changeEmailSchema = z.object({
  current: z.preprocess((v) => v ?? "", z.string().min(1, "Enter your current password.")),
  email: text().pipe(z.email("Enter a valid email address.").max(254, "Use at most 254 characters.")),
});
