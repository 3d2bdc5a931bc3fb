"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { describedBy } from "@/components/ui/field";
import { categoryFieldKey, type CategoryDraft, type FieldErrors } from "./scorecard-draft";

interface CategoriesEditorProps {
  categories: readonly CategoryDraft[];
  usage: ReadonlyMap<string, number>;
  errors: FieldErrors;
  readOnly: boolean;
  onRename: (key: string, name: string) => void;
  onAdd: (name: string) => void;
  onRemove: (key: string) => void;
}

/**
 * Categories group criteria in the score. The built-in ones are always there;
 * custom ones can be added and removed. A category criteria still use cannot
 * be removed, so a criterion is never left pointing at nothing.
 */
export function CategoriesEditor({ categories, usage, errors, readOnly, onRename, onAdd, onRemove }: CategoriesEditorProps) {
  const [newName, setNewName] = useState("");
  const add = () => {
    if (!newName.trim()) return;
    onAdd(newName.trim());
    setNewName("");
  };

  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200" aria-label="Categories">
        {categories.map((cat, i) => {
          const inputId = `category-${cat.key}-name`;
          const fieldErrors = errors[categoryFieldKey(cat.key)];
          const used = usage.get(cat.id) ?? 0;
          const usedText = used === 0 ? "Not used yet" : `Used by ${used} ${used === 1 ? "criterion" : "criteria"}`;
          return (
            <li key={cat.key} className="grid gap-2 px-3 py-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-start">
              <div className="min-w-0">
                <Label htmlFor={inputId} className="sr-only">
                  {`Name of category ${i + 1} (${cat.id})`}
                </Label>
                <Input
                  id={inputId}
                  value={cat.name}
                  maxLength={80}
                  onChange={(e) => onRename(cat.key, e.target.value)}
                  {...describedBy(inputId, true, fieldErrors)}
                />
                <p id={`${inputId}-hint`} className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                  <span>
                    ID <span className="font-mono">{cat.id}</span>
                  </span>
                  <span aria-hidden="true">·</span>
                  <span>{usedText}</span>
                </p>
                <FieldError id={`${inputId}-error`} label="Category name" messages={fieldErrors} />
              </div>
              <div className="flex items-center gap-2 sm:pt-1.5">
                {cat.builtIn ? (
                  <Badge>Built-in</Badge>
                ) : (
                  !readOnly && (
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={used > 0}
                      title={used > 0 ? "Move its criteria to another category first" : undefined}
                      aria-label={`Remove category ${cat.name || cat.id}`}
                      onClick={() => onRemove(cat.key)}
                      className="text-red-700 hover:bg-red-50 hover:text-red-800"
                    >
                      Remove
                    </Button>
                  )
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <FieldError id="categories-error" label="Categories" messages={errors.categories} />
      {!readOnly && (
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-48 flex-1 space-y-1.5 sm:max-w-sm">
            <Label htmlFor="new-category-name">New category</Label>
            <Input
              id="new-category-name"
              value={newName}
              maxLength={80}
              placeholder="e.g. Upselling"
              onChange={(e) => setNewName(e.target.value)}
              onKeyDown={(e) => {
                // Enter adds the category rather than saving the whole scorecard.
                if (e.key === "Enter") {
                  e.preventDefault();
                  add();
                }
              }}
            />
          </div>
          <Button variant="secondary" onClick={add} disabled={!newName.trim()}>
            Add category
          </Button>
        </div>
      )}
      {!readOnly && <p className="text-sm text-slate-500">A category in use by criteria can be removed once its criteria are moved to another one.</p>}
    </div>
  );
}
