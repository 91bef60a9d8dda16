// The journey a partner builds with React 19 from the individual elements: properties and
// `on<event-name>` listeners set as JSX props, typed by @vae/elements/react.

import type { AapSelectDetail, DiplomaSelectDetail } from '@vae/elements';
import type {} from '@vae/elements/react';
import { useState } from 'react';

const PARTNER = 'pk_live_demo-localhost-8787-not-a-secret';

type Organism = AapSelectDetail['organism'];

export function Journey() {
  const [diploma, setDiploma] = useState<DiplomaSelectDetail | null>(null);
  const [eligible, setEligible] = useState(false);
  const [organism, setOrganism] = useState<Organism | null>(null);

  function chooseDiploma(detail: DiplomaSelectDetail) {
    setDiploma(detail);
    setEligible(false);
    setOrganism(null);
  }

  function restartEligibility() {
    setEligible(false);
    setOrganism(null);
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
            onvae-eligibility-complete={(event) => setEligible(event.detail.outcome === 'ELIGIBLE')}
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
            onvae-aap-select={(event) => setOrganism(event.detail.organism)}
          />
        </section>
      )}

      <p className="demo-output" role="status">
        {organism && diploma
          ? `Prêt à envoyer : ${diploma.label} (${diploma.rncpCode}) avec ${organism.publicName}.`
          : ''}
      </p>
    </>
  );
}
