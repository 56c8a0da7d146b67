package org.dossier.model;

/** The kinds of actor in {@code dossier/1}; serialised by name. */
public enum ActorType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  LOCATION,
  GROUP
}
