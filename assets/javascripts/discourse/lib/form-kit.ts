import type { ComponentLike } from "@glint/template";

/**
 * The part of Discourse's FormKit (`discourse/components/form`) this plugin
 * uses, typed. Discourse publishes FormKit without argument types, so each
 * form casts it to `FormKit<Data>` once; the test app's FormKit stand-in
 * implements this same signature.
 */

export type FieldType =
  | "input"
  | "input-number"
  | "input-date"
  | "input-time"
  | "textarea"
  | "select"
  | "checkbox"
  | "toggle"
  | "custom";

export interface FieldControlSignature {
  Args: {
    /**
     * `select`: the label of the empty choice FormKit adds itself while the
     * field is empty or not required (so a form never adds its own).
     */
    nonePlaceholder?: string;
  };
  Element: HTMLElement;
  Blocks: {
    /** `select` yields `Option`; `custom` yields nothing and renders the block. */
    default: [{ Option: ComponentLike<OptionSignature> }];
  };
}

export interface OptionSignature {
  Args: { value: string | number | null };
  Blocks: { default: [] };
}

export interface FieldApi {
  Control: ComponentLike<FieldControlSignature>;
  value: unknown;
  set: (value: unknown) => void;
  id: string;
  name: string;
}

export interface FieldSignature {
  Args: {
    /** Key in the form data; inside a collection, relative to the item. */
    name: string;
    /** Visible label. */
    title: string;
    type: FieldType;
    /** FormKit rules, e.g. "required|integer|between:5,240". */
    validation?: string;
    description?: string;
    /** Shown under the control: what a change to the value does. */
    helpText?: string;
    showTitle?: boolean;
    format?: "small" | "medium" | "large" | "full";
    disabled?: boolean;
  };
  Blocks: { default: [FieldApi] };
}

export interface CollectionApi {
  Field: ComponentLike<FieldSignature>;
  remove: (index: number) => void;
}

export interface CollectionSignature {
  Args: {
    name: string;
    /** The element FormKit wraps the items in ("div" unless given). */
    tagName?: string;
  };
  Blocks: { default: [CollectionApi, number] };
}

export interface ButtonSignature {
  Args: {
    label?: string;
    translatedLabel?: string;
    icon?: string;
    action?: () => void;
    disabled?: boolean;
  };
  Element: HTMLButtonElement | HTMLAnchorElement;
}

export interface SubmitSignature {
  Args: { label?: string; disabled?: boolean; isLoading?: boolean };
  Element: HTMLButtonElement;
}

export interface FormApi {
  Field: ComponentLike<FieldSignature>;
  Collection: ComponentLike<CollectionSignature>;
  Button: ComponentLike<ButtonSignature>;
  Submit: ComponentLike<SubmitSignature>;
  set: (name: string, value: unknown) => void;
  addItemToCollection: (name: string, value: object) => void;
}

export interface FormSignature<Data extends object> {
  Args: {
    data: Data;
    /** Called with the edited data once every rule passes. */
    onSubmit: (data: Data) => void | Promise<void>;
    /** Called after each change with the field, its value and all the data. */
    onSet?: (name: string, value: unknown, data: Data) => void | Promise<void>;
    onRegisterApi?: (api: {
      set: (name: string, value: unknown) => void;
      submit: () => void;
    }) => void;
  };
  Element: HTMLFormElement;
  Blocks: { default: [FormApi, Data] };
}

export type FormKit<Data extends object> = ComponentLike<FormSignature<Data>>;
