"use client";

import { useActionState } from "react";
import { FieldError, FormError } from "@/components/account/form-error";
import { failureOf } from "@/components/groups/action-types";
import type { ImportedUpload } from "@/lib/sources/import-upload";
import { ImportResult } from "./import-result";
import { postImport } from "./post-import";

export interface ImportGroup {
  id: string;
  name: string;
}

const OPTIONAL = [
  { name: "author", label: "Author" },
  { name: "site", label: "Site or publication" },
  { name: "url", label: "Address (URL)", placeholder: "https://…" },
  { name: "published", label: "Published", placeholder: "2019-08-25, 1997-09 or 1937" },
  { name: "language", label: "Language", placeholder: "en" },
  { name: "kind", label: "Kind", placeholder: "article, transcript, memoir…" },
  { name: "perspective", label: "Perspective" },
] as const;

export function ImportForm({ groups, defaultGroupId }: { groups: ImportGroup[]; defaultGroupId?: string }) {
  const [state, formAction, pending] = useActionState(postImport, null);
  const failure = failureOf(state);
  const errors = failure?.fieldErrors ?? {};
  const fieldIds = Object.keys(errors).filter((f) => f !== "form");
  // A message already shown beside its field is not repeated at the top.
  const topMessage = fieldIds.length === 0 ? failure?.message : null;
  const described = (name: string) => (errors[name] === undefined ? undefined : `import-${name}-error`);
  return (
    <>
      {state?.ok === true ? <ImportResult result={state.data} /> : null}
      <form action={formAction} className="stacked-form import-form" aria-labelledby="import-heading">
        <h2 id="import-heading">Upload a file</h2>
        <FormError message={topMessage} />
        <label htmlFor="import-file">File (.txt, .md, .markdown, .html or .htm; at most 5 MB)</label>
        <input
          id="import-file"
          name="file"
          type="file"
          required
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          aria-invalid={errors.file !== undefined}
          aria-describedby={described("file")}
        />
        <FieldError id="import-file-error" errors={errors.file} />
        <label htmlFor="import-group">Group</label>
        <select id="import-group" name="groupId" required defaultValue={defaultGroupId ?? (groups.length === 1 ? groups[0]?.id : "")} aria-invalid={errors.groupId !== undefined} aria-describedby={described("groupId")}>
          {groups.length > 1 && defaultGroupId === undefined ? (
            <option value="" disabled>
              Choose a group…
            </option>
          ) : null}
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
        <FieldError id="import-groupId-error" errors={errors.groupId} />
        <label htmlFor="import-title">Title</label>
        <input
          id="import-title"
          name="title"
          maxLength={500}
          placeholder="Left empty: the file's own title (# heading, <title>, <h1>), else its name"
          aria-invalid={errors.title !== undefined}
          aria-describedby={described("title")}
        />
        <FieldError id="import-title-error" errors={errors.title} />
        <fieldset className="import-optional">
          <legend>Optional details</legend>
          {OPTIONAL.map((f) => (
            <div key={f.name} className="import-field">
              <label htmlFor={`import-${f.name}`}>{f.label}</label>
              <input
                id={`import-${f.name}`}
                name={f.name}
                placeholder={"placeholder" in f ? f.placeholder : undefined}
                aria-invalid={errors[f.name] !== undefined}
                aria-describedby={described(f.name)}
              />
              <FieldError id={`import-${f.name}-error`} errors={errors[f.name]} />
            </div>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Importing…" : "Import"}
        </button>
      </form>
    </>
  );
}
