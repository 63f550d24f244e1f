// Generated from src/options.rs by `RECAP_BLESS=1 cargo test --lib options_type` (a test checks it): do not edit.

/**
 * Options: the same shape as a Hugo site config (`markup.goldmark.renderer.unsafe`, …),
 * plus Recap's own settings under `recap` (shortcode templates, page map, front-matter schema).
 */
export interface RecapOptions {
  markup?: {
    goldmark?: {
      renderer?: {
        unsafe?: boolean;
        hardWraps?: boolean;
      };
      parser?: {
        autoHeadingID?: boolean;
        autoDefinitionTermID?: boolean;
        wrapStandAloneImageWithinParagraph?: boolean;
        autoIDType?: string;
        autoHeadingIDType?: string;
        attribute?: {
          title?: boolean;
          block?: boolean;
        };
      };
      renderHooks?: {
        link?: {
          useEmbedded?: "always" | "auto" | "fallback" | "never";
        };
        image?: {
          useEmbedded?: "always" | "auto" | "fallback" | "never";
        };
      };
      extensions?: {
        table?: boolean;
        strikethrough?: boolean;
        linkify?: boolean;
        taskList?: boolean;
        definitionList?: boolean;
        footnote?: boolean;
        linkifyProtocol?: "http" | "https";
        passthrough?: {
          enable?: boolean;
          delimiters?: {
            inline?: [string, string][];
            block?: [string, string][];
          };
        };
        typographer?: {
          disable?: boolean;
          leftSingleQuote?: string;
          rightSingleQuote?: string;
          leftDoubleQuote?: string;
          rightDoubleQuote?: string;
          enDash?: string;
          emDash?: string;
          ellipsis?: string;
          leftAngleQuote?: string;
          rightAngleQuote?: string;
          apostrophe?: string;
        };
      };
    };
    tableOfContents?: {
      startLevel?: number;
      endLevel?: number;
      ordered?: boolean;
    };
    /** Hugo's `markup.highlight` (`codeFences`, `style`, `noClasses`, `lineNos`, …). */
    highlight?: { codeFences?: boolean; [key: string]: unknown };
  };
  timeZone?: string;
  summaryLength?: number;
  hasCJKLanguage?: boolean;
  taxonomies?: Record<string, string>;
  params?: Record<string, unknown>;
  recap?: {
    /** Site shortcode templates by name: the text of layouts/_shortcodes/NAME.html. */
    shortcodes?: Record<string, string>;
    /** Content path → URL, for `ref` and `relref`. */
    pages?: Record<string, string>;
    /** The longest post rendered, in bytes (default: SECURITY.md); a longer one renders up to the last whole line that fits. */
    maxInputBytes?: number;
    /** Live embeds a page shows at once (default: SECURITY.md); the DOM paths make the rest click-to-load facades. */
    maxLiveEmbeds?: number;
    /** A JSON Schema for the front matter, checked on top of Hugo's fields. */
    schema?: Record<string, unknown>;
  };
  privacy?: {
    youTube?: {
      privacyEnhanced?: boolean;
    };
  };
  [key: string]: unknown;
}
