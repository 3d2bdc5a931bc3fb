"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { DropZone } from "./drop-zone";
import { precheck, uploadFile, type UploadMetadata } from "./upload-file";
import { UploadRow, type UploadItem } from "./upload-row";

interface UploadFormProps {
  projects: { id: string; name: string }[];
}

let nextKey = 0;

/** Everything the person typed, as upload metadata; empty fields are left out. */
function metadataFrom(form: HTMLFormElement, file: File): UploadMetadata {
  const data = new FormData(form);
  const value = (name: string) => {
    const v = data.get(name);
    return typeof v === "string" && v.trim() ? v.trim() : undefined;
  };
  return {
    // Records have no file name of their own in the list, so the name becomes the title.
    title: file.name.slice(0, 200),
    agentName: value("agentName"),
    customerPhone: value("customerPhone"),
    direction: value("direction") as UploadMetadata["direction"],
    agentChannel: value("agentChannel") as UploadMetadata["agentChannel"],
  };
}

export function UploadForm({ projects }: UploadFormProps) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const [projectId, setProjectId] = useState(projects.length === 1 ? projects[0]!.id : "");
  const [projectError, setProjectError] = useState<string[] | undefined>();

  const update = (key: string, patch: Partial<UploadItem>) =>
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  function addFiles(files: File[]) {
    const added = files.map((file) => ({ key: `f${nextKey++}`, file, hint: precheck(file), phase: "queued" as const, progress: 0 }));
    setItems((all) => [...all, ...added]);
  }

  function start(form: HTMLFormElement) {
    if (!projectId) {
      setProjectError(["Choose the project these recordings belong to."]);
      return;
    }
    setProjectError(undefined);
    // Every file goes on its own request, so one refusal does not stop the others.
    for (const item of items.filter((i) => i.phase === "queued")) {
      update(item.key, { phase: "uploading", progress: 0 });
      uploadFile(item.file, projectId, metadataFrom(form, item.file), (progress) => update(item.key, { progress }))
        .promise.then((record) => update(item.key, { phase: "uploaded", progress: 1, record }))
        .catch((error: Error) => update(item.key, { phase: "error", error: error.message }));
    }
  }

  const queued = items.filter((i) => i.phase === "queued").length;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        start(event.currentTarget);
      }}
      className="space-y-6"
    >
      <Card aria-labelledby="upload-details-title">
        <CardHeader titleId="upload-details-title" title="Details" description="Applied to every file in this upload." />
        <div className="grid gap-5 px-5 py-5 sm:grid-cols-2">
          <SelectField
            id="upload-project"
            name="projectId"
            label="Project"
            value={projectId}
            onChange={(e) => setProjectId(e.target.value)}
            errors={projectError}
            options={[{ value: "", label: "Choose a project…", disabled: true }, ...projects.map((p) => ({ value: p.id, label: p.name }))]}
          />
          <TextField id="upload-agent" name="agentName" label="Agent name (optional)" maxLength={200} autoComplete="off" />
          <TextField id="upload-phone" name="customerPhone" label="Customer phone (optional)" type="tel" placeholder="+15551234567" />
          <SelectField
            id="upload-direction"
            name="direction"
            label="Direction (optional)"
            defaultValue=""
            options={[
              { value: "", label: "Not specified" },
              { value: "inbound", label: "Inbound" },
              { value: "outbound", label: "Outbound" },
            ]}
          />
          <SelectField
            id="upload-channel"
            name="agentChannel"
            label="Agent channel (optional)"
            hint="Which stereo channel is the agent; empty uses the project's setting."
            defaultValue=""
            options={[
              { value: "", label: "Project default" },
              { value: "left", label: "Left" },
              { value: "right", label: "Right" },
            ]}
          />
        </div>
      </Card>

      <Card aria-labelledby="upload-files-title">
        <CardHeader titleId="upload-files-title" title="Recordings" />
        <div className="px-5 py-5">
          <DropZone onFiles={addFiles} />
        </div>
        {items.length > 0 && (
          <ul aria-label="Files" className="divide-y divide-slate-100 border-t border-slate-200">
            {items.map((item) => (
              <UploadRow key={item.key} item={item} onRemove={() => setItems((all) => all.filter((i) => i.key !== item.key))} />
            ))}
          </ul>
        )}
        <div className="flex items-center justify-end gap-3 border-t border-slate-200 bg-slate-50 px-5 py-3">
          <Button type="submit" disabled={queued === 0}>
            {queued > 1 ? `Upload ${queued} files` : "Upload"}
          </Button>
        </div>
      </Card>
    </form>
  );
}
