// The journey a partner builds with React 19 from the individual elements: properties and
// `on<event-name>` listeners set as JSX props, typed by @vae/elements/react. What the three
// elements gathered goes to <vae-journey> (its `prefill` property) for the submission.

import type {
  AapSelectDetail,
  DiplomaSelectDetail,
  EligibilityCompleteDetail,
  JourneyPrefill,
} from '@vae/elements';
import type {} from '@vae/elements/react';
import { useMemo, useState } from 'react';

const PARTNER = 'pk_live_demo-localhost-8787-not-a-secret';

type Organism = AapSelectDetail['organism'];

export function Journey() {
  const [diploma, setDiploma] = useState<DiplomaSelectDetail | null>(null);
  const [eligibility, setEligibility] = useState<EligibilityCompleteDetail | null>(null);
  const [organism, setOrganism] = useState<Organism | null>(null);
  const [sent, setSent] = useState(false);
  const eligible = eligibility?.outcome === 'ELIGIBLE';
  // One object per choice, not per render: the journey ignores an equal prefill anyway.
  const prefill = useMemo<JourneyPrefill | null>(
    () =>
      diploma && eligibility?.outcome === 'ELIGIBLE' && organism
        ? { certification: diploma, eligibility, aap: organism }
        : null,
    [diploma, eligibility, organism],
  );

  function chooseDiploma(detail: DiplomaSelectDetail) {
    setDiploma(detail);
    restartEligibility();
  }

  function restartEligibility() {
    setEligibility(null);
    setOrganism(null);
    setSent(false);
  }

  return (
    <>
      <section className="journey-step" aria-labelledby="step-diploma">
        <h2 id="step-diploma">1. Le diplôme visé</h2>
        <vae-diploma-search
          partner={PARTNER}
          label="Diplôme ou certification visé"
          onvae-diploma-select={(event) => chooseDiploma(event.detail)}
        />
      </section>

      {diploma && (
        <section className="journey-step" aria-labelledby="step-eligibility">
          <h2 id="step-eligibility">2. Votre éligibilité</h2>
          <vae-eligibility-questionnaire
            key={diploma.rncpCode}
            partner={PARTNER}
            certification={diploma.rncpCode}
            onvae-eligibility-complete={(event) => setEligibility(event.detail)}
            onvae-eligibility-reset={restartEligibility}
          />
        </section>
      )}

      {diploma && eligible && (
        <section className="journey-step" aria-labelledby="step-organism">
          <h2 id="step-organism">3. Votre organisme d'accompagnement</h2>
          <vae-aap-picker
            partner={PARTNER}
            certification={diploma.rncpCode}
            onvae-aap-select={(event) => {
              setOrganism(event.detail.organism);
              setSent(false);
            }}
          />
        </section>
      )}

      {prefill && (
        <section className="journey-step" aria-labelledby="step-submission">
          <h2 id="step-submission">4. Votre candidature</h2>
          <vae-journey
            partner={PARTNER}
            prefill={prefill}
            onvae-candidacy-create={() => setSent(true)}
          />
        </section>
      )}

      <p className="demo-output" role="status">
        {sent
          ? 'Candidature envoyée : gardez le code de suivi affiché.'
          : organism && diploma
            ? `Prêt à envoyer : ${diploma.label} (${diploma.rncpCode}) avec ${organism.publicName}.`
            : ''}
      </p>
    </>
  );
}
