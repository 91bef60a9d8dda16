// Type-level checks of @vae/elements/react, run by the demo's typecheck (never bundled): each
// line below must stay a type error, or `@ts-expect-error` itself fails the typecheck.
import type {} from '@vae/elements/react';

export const checks = [
  // @ts-expect-error misspelt property
  <vae-aap-picker key="typo" certifcation="RNCP35830" />,
  // @ts-expect-error wrong type: the postal code is a string
  <vae-aap-picker key="type" postalCode={75011} />,
  // @ts-expect-error internal state is not part of the public API
  <vae-aap-picker key="state" q="paris" />,
  <vae-diploma-search
    key="detail"
    // @ts-expect-error the event's detail is typed
    onvae-diploma-select={(event) => event.detail.rncpCod}
  />,
  // @ts-expect-error the prefill is the elements' choices, not an RNCP code
  <vae-journey key="prefill" prefill="RNCP35830" />,
  <vae-journey
    key="aap"
    // @ts-expect-error the prefilled AAP is the organism of vae-aap-select (with its id)
    prefill={{ certification: { rncpCode: 'RNCP35830' }, aap: { publicName: 'x' } }}
  />,
  <vae-dossier-status key="ok" sessionToken="vae_es_…" hidePrint refresh-interval="60" />,
];
