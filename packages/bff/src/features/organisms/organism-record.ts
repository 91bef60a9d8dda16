import type { AapModality, CertificationLevel, Filiere, RemoteZone } from '@vae/core';

/** One level an AAP site manages in one filière. */
export interface ManagedLevel {
  filiere: Filiere;
  level: CertificationLevel;
}

/** An AAP site or offer as it is written (seed, future admin screens). */
export interface AapSiteRecord {
  /** UUIDv7. */
  id: string;
  publicName: string;
  email: string | null;
  phone: string | null;
  /** Street line (« 12 rue des Tanneurs »). */
  address: string | null;
  postalCode: string | null;
  communeCode: string | null;
  communeName: string | null;
  department: string | null;
  latitude: number | null;
  longitude: number | null;
  modality: AapModality;
  remoteZones: RemoteZone[];
  departmentsServed: string[];
  formacodes: string[];
  idcc: string[];
  pmrAccessible: boolean;
  closed: boolean;
  visible: boolean;
  levels: ManagedLevel[];
}

/** An organism (maison mère) with its sites. */
export interface OrganismRecord {
  /** UUIDv7. */
  id: string;
  legalName: string;
  /** 14 digits, Luhn-checked. */
  siret: string;
  website: string | null;
  active: boolean;
  qualiopiVae: boolean;
  /** ISO date; null without a certificate. */
  qualiopiExpiresOn: string | null;
  sites: AapSiteRecord[];
}
