import type { ComponentLike } from "@glint/template";

/**
 * The part of Discourse's TimezoneInput
 * (`discourse/select-kit/components/timezone-input`, the zone chooser of the
 * user's profile preferences) this plugin uses, typed. Discourse publishes
 * it without argument types, so each component using it casts it to
 * `TimezoneInput` once; the test app's stand-in implements this signature.
 */
export interface TimezoneInputSignature {
  Args: {
    /** The chosen IANA zone. */
    value: string | null;
    /** Called with the IANA zone the user chooses. */
    onChange: (timeZone: string) => void;
  };
  Element: HTMLElement;
}

export type TimezoneInput = ComponentLike<TimezoneInputSignature>;
