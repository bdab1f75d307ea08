import type { ComponentLike } from "@glint/template";

/**
 * The part of Discourse's UserChooser
 * (`discourse/select-kit/components/user-chooser`) this plugin uses, typed.
 * Discourse publishes it without argument types, so the component using it
 * casts it to `UserChooser` once; the test app's stand-in implements this
 * same signature.
 */
export interface UserChooserSignature {
  Args: {
    /** The chosen usernames. */
    value: string[];
    /** Called with the new list of usernames. */
    onChange: (usernames: string[]) => void;
    options?: {
      /** At most this many people. */
      maximum?: number;
      /** People who may not be chosen, e.g. those already in. */
      excludedUsernames?: string[];
      /** i18n key of the search field's placeholder. */
      filterPlaceholder?: string;
    };
  };
  Element: HTMLElement;
}

export type UserChooser = ComponentLike<UserChooserSignature>;
