/**
 * Names for the demo people. Students get names common among Norwegians born around 2008–2011;
 * guardians and staff get names common a generation earlier. A few names from Norway's larger
 * immigrant groups are included, as in any Norwegian school, and æ, ø and å appear throughout so
 * that sorting, search and PDFs meet them early.
 */

export const girlNames = [
  'Nora', 'Emma', 'Sara', 'Sofie', 'Ingrid', 'Thea', 'Emilie', 'Maja', 'Julie', 'Ida',
  'Linnea', 'Frida', 'Ella', 'Hanna', 'Marte', 'Tuva', 'Vilde', 'Mia', 'Amalie', 'Maria',
  'Aurora', 'Selma', 'Anna', 'Leah', 'Hedda', 'Tiril', 'Malin', 'Martine', 'Mathilde', 'Oda',
  'Andrea', 'Astrid', 'Live', 'Silje', 'Synne', 'Eline', 'Kaja', 'Jenny', 'Solveig', 'Sigrid',
  'Ronja', 'Helene', 'Kristine', 'Victoria', 'Celine', 'Karoline', 'Guro', 'Marie', 'Mari', 'Sunniva',
  'Kari', 'Åsne', 'Frøya', 'Åsa', 'Sølvi', 'Ragnhild', 'Signe', 'Hedvig', 'Ylva', 'Mille',
  'Tonje', 'Ane', 'Elise', 'Julia', 'Josefine', 'Iben', 'Amina', 'Aisha', 'Zahra', 'Lea',
] as const;

export const boyNames = [
  'Jakob', 'Lukas', 'Emil', 'Oliver', 'Filip', 'William', 'Noah', 'Isak', 'Henrik', 'Aksel',
  'Sander', 'Magnus', 'Elias', 'Mathias', 'Jonas', 'Tobias', 'Markus', 'Kristian', 'Johannes', 'Theodor',
  'Adrian', 'Sebastian', 'Daniel', 'Martin', 'Andreas', 'Benjamin', 'Alexander', 'Vetle', 'Even', 'Sindre',
  'Eirik', 'Håkon', 'Ola', 'Peder', 'Ludvig', 'Kasper', 'Sigurd', 'Olav', 'Torbjørn', 'Bjørn',
  'Trygve', 'Mikkel', 'Fredrik', 'Herman', 'Marius', 'Eskil', 'Brage', 'Sverre', 'Erlend', 'Gaute',
  'Halvor', 'Sondre', 'Jørgen', 'Ørjan', 'Øyvind', 'Pål', 'Åsmund', 'Iver', 'Amund', 'Nikolai',
  'Stian', 'Vebjørn', 'Simen', 'Edvard', 'Oskar', 'Mats', 'Yusuf', 'Ibrahim', 'Adam', 'Ali',
] as const;

export const familyNames = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
  'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl',
  'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Solberg',
  'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie', 'Amundsen',
  'Rasmussen', 'Lunde', 'Solheim', 'Berge', 'Moe', 'Nygård', 'Bakke', 'Fredriksen', 'Holm', 'Lien',
  'Hauge', 'Christensen', 'Evensen', 'Sæther', 'Aas', 'Myhre', 'Haugland', 'Thomassen', 'Sivertsen', 'Simonsen',
  'Danielsen', 'Sandvik', 'Rønning', 'Næss', 'Vik', 'Bråten', 'Ødegård', 'Aasen', 'Tveit', 'Strøm',
  'Løken', 'Fjeld', 'Østby', 'Bøe', 'Nguyen', 'Ali', 'Ahmed', 'Hussain', 'Khan', 'Tran',
] as const;

/** Guardians and staff: women born around 1965–1990. */
export const womenNames = [
  'Anne', 'Kari', 'Hilde', 'Ingrid', 'Marianne', 'Kristin', 'Silje', 'Camilla', 'Hege', 'Tone',
  'Heidi', 'Linda', 'Monica', 'Ellen', 'Trine', 'Randi', 'Nina', 'Elisabeth', 'Lene', 'Mona',
  'Gro', 'Siri', 'Marit', 'Liv', 'Åse', 'Guri', 'Bente', 'Berit', 'Cecilie', 'Torunn',
  'Line', 'Ingvild', 'Vibeke', 'Mette', 'Stine', 'Aina', 'Hanne', 'Sølvi', 'Gunhild', 'Marte',
  'Fatima', 'Lan',
] as const;

/** Guardians and staff: men born around 1965–1990. */
export const menNames = [
  'Ola', 'Per', 'Lars', 'Jan', 'Trond', 'Geir', 'Morten', 'Espen', 'Thomas', 'Kristian',
  'Martin', 'Anders', 'Bjørn', 'Terje', 'Stian', 'Kjetil', 'Rune', 'Tor', 'Eirik', 'Øyvind',
  'Håkon', 'Knut', 'Arne', 'Pål', 'Jon', 'Hans', 'Erik', 'Frode', 'Stein', 'Svein',
  'Vegard', 'Jørgen', 'Torbjørn', 'Ivar', 'Magne', 'Einar', 'Øystein', 'Roar', 'Atle', 'Harald',
  'Mohammed', 'Minh',
] as const;

/**
 * The local part of an e-mail address from a name: lower case, with æ → ae, ø → o, å → a and
 * accents dropped, as Norwegian organisations usually make them (Bråten → braten).
 */
export function emailLocalPart(givenName: string, familyName: string): string {
  return `${givenName}.${familyName}`
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9.]+/g, '-');
}
