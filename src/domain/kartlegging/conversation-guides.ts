/**
 * The conversation guides of the seeds, question by question, in bokmål word for word as the
 * seed has it, with nynorsk and English versions:
 * - the IKO student interview (IKO-modellen, Akershus fylkeskommune: "Mal for elevsamtalen");
 * - the absence staircase's kartleggingssamtale (Rutine fraværsoppfølging, Søndre Land kommune: "Forslag til
 *   spørsmål til eleven" and "Forslag til spørsmål til foresatte").
 * Each seed line is one question, even where the line asks several things at once ("Har du
 * venner på skolen? Hva liker du å gjøre på fritiden?"): the seed groups them, and splitting
 * would make questions the seed never wrote.
 *
 * Question ids are stored with the answers of a conversation, so they never change; a question
 * added later gets a new id.
 */
import type { Localised } from '../localised.js';

export type GuideKey = 'iko-elevsamtale' | 'fravaer-kartlegging-elev' | 'fravaer-kartlegging-foresatte';

export interface GuideQuestion {
  /** Stable, kebab-case, unique within the guide. */
  id: string;
  text: Localised;
  /** The seed's own advice for asking or reading the answer. */
  hint?: Localised;
}

export interface GuideSection {
  id: string;
  title: Localised;
  questions: GuideQuestion[];
}

export interface ConversationGuide {
  key: GuideKey;
  title: Localised;
  audience: 'elev' | 'foresatte';
  /** Source document (docs/domain.md, "Sources") and section heading. */
  source: string;
  intro?: Localised;
  sections: GuideSection[];
}

// Stryker disable all: the guides' questions and agenda are the seeds' words, data rather than logic; conversation-guides.test.ts checks their completeness
const t = (nb: string, nn: string, en: string): Localised => ({ nb, nn, en });

const ikoElevsamtale: ConversationGuide = {
  key: 'iko-elevsamtale',
  title: t('Elevsamtale (IKO)', 'Elevsamtale (IKO)', 'Student interview (IKO)'),
  audience: 'elev',
  source: 'IKO-modellen (Akershus fylkeskommune) — «Elevsamtale», «Mal for elevsamtalen»',
  intro: t(
    'Formålet med elevsamtalen er å lytte til hva elevene har å si samtidig som vi skal få svar på nok spørsmål til å kunne danne et helhetlig bilde av behovet for ekstra oppfølging. Hensikten med malen er å vise hva læreren skal vite etter å ha gjennomført elevsamtalen. Læreren trenger ikke følge malen til punkt og prikke.',
    'Føremålet med elevsamtalen er å lytte til kva elevane har å seie, samstundes som vi skal få svar på nok spørsmål til å kunne danne eit heilskapleg bilete av behovet for ekstra oppfølging. Føremålet med malen er å vise kva læraren skal vite etter å ha gjennomført elevsamtalen. Læraren treng ikkje følgje malen til punkt og prikke.',
    'The purpose of the student interview is to listen to what the students have to say while getting answers to enough questions to form an overall picture of the need for extra follow-up. The template shows what the teacher should know after the interview. The teacher need not follow it to the letter.',
  ),
  sections: [
    {
      id: 'utdanning-og-yrke',
      title: t('Ønsker og mål for utdanning og yrke', 'Ønske og mål for utdanning og yrke', 'Wishes and goals for education and occupation'),
      questions: [
        {
          id: 'utdanningsonske',
          text: t(
            'Hva har du lyst til å utdanne deg til?',
            'Kva har du lyst til å utdanne deg til?',
            'What would you like to train or study to become?',
          ),
        },
        {
          id: 'grunn-for-valget',
          text: t(
            'Hva er grunnen til at du vil bli nettopp dette?',
            'Kva er grunnen til at du vil bli nettopp dette?',
            'Why do you want to become exactly this?',
          ),
        },
        {
          id: 'erfaring-med-yrket',
          text: t(
            'Har du noe erfaring innen dette faget/yrket fra før?',
            'Har du noka erfaring innan dette faget/yrket frå før?',
            'Do you have any previous experience in this trade/occupation?',
          ),
          hint: t(
            'Ungdommer som velger en karrierevei de i liten grad kjenner eller har kapasitet til å kunne gjennomføre vil i større grad falle fra.',
            'Ungdommar som vel ein karriereveg dei i liten grad kjenner eller har kapasitet til å gjennomføre, vil i større grad falle frå.',
            'Young people who choose a career path they know little about or lack the capacity to complete are more likely to drop out.',
          ),
        },
        {
          id: 'veiledning-i-yrkesvalg',
          text: t(
            'Ønsker du deg mer veiledning i yrkesvalg?',
            'Ønskjer du deg meir rettleiing i yrkesval?',
            'Would you like more guidance on choosing an occupation?',
          ),
        },
        {
          id: 'yrker-du-ville-like',
          text: t(
            'Kan du gi eksempler på noen yrker du ville like bedre enn andre?',
            'Kan du gi døme på nokre yrke du ville like betre enn andre?',
            'Can you give examples of some occupations you would like better than others?',
          ),
        },
      ],
    },
    {
      id: 'tidligere-skoleerfaringer',
      title: t('Tidligere skoleerfaringer', 'Tidlegare skuleerfaringar', 'Previous school experience'),
      questions: [
        {
          id: 'forrige-skole',
          text: t(
            'Hvordan likte du deg på den forrige skolen du gikk på?',
            'Korleis likte du deg på den førre skulen du gjekk på?',
            'How did you like the last school you attended?',
          ),
        },
        {
          id: 'tid-pa-lekser',
          text: t(
            'Omtrent hvor mye tid brukte du på lekser?',
            'Omtrent kor mykje tid brukte du på lekser?',
            'Roughly how much time did you spend on homework?',
          ),
          hint: t(
            'Når det gjelder tidligere skoleerfaring, fant Markussen at elever som brukte mye tid på lekser i ungdomsskolen klarte seg bedre i videregående skole enn elever (med samme karaktergrunnlag) som ikke arbeidet med lekser.',
            'Når det gjeld tidlegare skuleerfaring, fann Markussen at elevar som brukte mykje tid på lekser i ungdomsskulen, klarte seg betre i vidaregåande skule enn elevar (med same karaktergrunnlag) som ikkje arbeidde med lekser.',
            'On previous school experience, Markussen found that students who spent a lot of time on homework in lower secondary did better in upper secondary than students (with the same grades) who did not do homework.',
          ),
        },
        {
          id: 'mye-fravaer',
          text: t('Hva mener du er mye fravær?', 'Kva meiner du er mykje fråvær?', 'What do you consider a lot of absence?'),
        },
      ],
    },
    {
      id: 'tilrettelegging',
      title: t('Behov for tilrettelegging', 'Behov for tilrettelegging', 'Need for adaptations'),
      questions: [
        {
          id: 'spesielle-hensyn',
          text: t(
            'Er det noe du ønsker at skolen skal ta spesielt hensyn til? (muntlig, skriftlig, fysisk, allergi, tid)',
            'Er det noko du ønskjer at skulen skal ta særleg omsyn til? (munnleg, skriftleg, fysisk, allergi, tid)',
            'Is there anything you would like the school to take particular account of? (oral, written, physical, allergy, time)',
          ),
        },
        {
          id: 'tilrettelegging-i-fag',
          text: t(
            'Trenger du spesiell tilrettelegging i enkeltfag?',
            'Treng du særskild tilrettelegging i enkeltfag?',
            'Do you need special adaptations in particular subjects?',
          ),
        },
        {
          id: 'hva-er-vanskelig',
          text: t('Hva er det som er vanskelig?', 'Kva er det som er vanskeleg?', 'What is it that is difficult?'),
        },
      ],
    },
    {
      id: 'trivsel-pa-ny-skole',
      title: t('Trivsel på ny skole', 'Trivsel på ny skule', 'Well-being at the new school'),
      questions: [
        {
          id: 'begynne-pa-ny-skole',
          text: t(
            'Hvordan syns du det var å begynne på ny skole?',
            'Korleis synest du det var å byrje på ny skule?',
            'What was it like to start at a new school?',
          ),
        },
        {
          id: 'venner-i-klassen',
          text: t(
            'Har du fått noen venner i klassen?',
            'Har du fått nokre vener i klassen?',
            'Have you made any friends in your class?',
          ),
          hint: t(
            'For eksempel er det for tidlig å spørre om eleven har fått venner i klassen dersom læreren gjennomfører samtalen på andre skoledag.',
            'Det er til dømes for tidleg å spørje om eleven har fått vener i klassen dersom læraren har samtalen på andre skuledagen.',
            'For example, it is too early to ask whether the student has made friends in the class if the teacher holds the interview on the second school day.',
          ),
        },
        {
          id: 'spesielt-bra',
          text: t(
            'Er det noe du syns er spesielt bra på skolen?',
            'Er det noko du synest er særleg bra på skulen?',
            'Is there anything you think is particularly good at school?',
          ),
        },
        {
          id: 'spesielt-darlig',
          text: t(
            'Er det noe du syns er spesielt dårlig på skolen?',
            'Er det noko du synest er særleg dårleg på skulen?',
            'Is there anything you think is particularly bad at school?',
          ),
        },
        {
          id: 'mobbing',
          text: t(
            'Har du opplevd, eller vet du om andre som har opplevd å bli mobbet på skolen?',
            'Har du opplevd, eller veit du om andre som har opplevd, å bli mobba på skulen?',
            'Have you experienced, or do you know of others who have experienced, being bullied at school?',
          ),
        },
      ],
    },
    {
      id: 'fritid-og-venner',
      title: t('Fritidsaktiviteter og venner', 'Fritidsaktivitetar og vener', 'Leisure activities and friends'),
      questions: [
        {
          id: 'fritiden',
          text: t('Hva bruker du fritiden din til?', 'Kva bruker du fritida di til?', 'What do you do in your free time?'),
          hint: t(
            'Det siste temaet er fritidsinteresser. Her fant Markussen at elever som hadde interesser som kunne ligne på logikken/organiseringen i skolen klarte seg bedre enn elever med mer individuelt orienterte interesser (Røde kors kontra spille i band, politisk organisert kontra gaming).',
            'Det siste temaet er fritidsinteresser. Her fann Markussen at elevar som hadde interesser som likna på logikken/organiseringa i skulen, klarte seg betre enn elevar med meir individuelt orienterte interesser (Raudekrossen kontra å spele i band, politisk organisert kontra gaming).',
            'The last topic is leisure interests. Here Markussen found that students whose interests resembled the logic/organisation of school did better than students with more individually oriented interests (the Red Cross versus playing in a band, political organisation versus gaming).',
          ),
        },
        {
          id: 'venner-pa-fritiden',
          text: t(
            'Har du venner som du er sammen med på fritiden?',
            'Har du vener som du er saman med på fritida?',
            'Do you have friends you spend your free time with?',
          ),
        },
        {
          id: 'samme-fritidsaktivitet',
          text: t(
            'Vet du om flere her på skolen som driver med det samme som deg på fritiden?',
            'Veit du om fleire her på skulen som driv med det same som deg på fritida?',
            'Do you know of others at this school who do the same things as you in their free time?',
          ),
        },
      ],
    },
  ],
};

/** The absence seed holds one meeting that may be split in two; both guides say so. */
const splitOrJoint = t(
  'Samtalen bør skje innen én uke. I noen tilfeller er det naturlig å ta samtalen med foresatte og barn sammen, i andre tilfeller er det best å dele i to samtaler.',
  'Samtalen bør skje innan éi veke. I nokre tilfelle er det naturleg å ha samtalen med føresette og barn saman, i andre tilfelle er det best å dele han i to samtalar.',
  'The conversation should take place within one week. Sometimes it is natural to talk with the guardians and the child together; in other cases it is best to split it into two conversations.',
);

const fravaerKartleggingElev: ConversationGuide = {
  key: 'fravaer-kartlegging-elev',
  title: t(
    'Kartleggingssamtale ved bekymring for fravær – eleven',
    'Kartleggingssamtale ved bekymring for fråvær – eleven',
    'Mapping conversation about worrying absence – the student',
  ),
  audience: 'elev',
  source: 'Rutine fraværsoppfølging (Søndre Land kommune) — «Kartleggingsamtale ved bekymring for fravær», «Forslag til spørsmål til eleven»',
  intro: t(
    `${splitOrJoint.nb} Hvis eleven ikke deltar, må eleven få god informasjon om hva som blir sagt og gjort, og hvorfor. Flere elever forteller at det er viktig for dem at kontaktlærer snakker med dem direkte.`,
    `${splitOrJoint.nn} Om eleven ikkje deltek, må eleven få god informasjon om kva som blir sagt og gjort, og kvifor. Fleire elevar fortel at det er viktig for dei at kontaktlæraren snakkar med dei direkte.`,
    `${splitOrJoint.en} If the student does not take part, the student must be told clearly what is said and done, and why. Several students say it matters to them that the contact teacher talks with them directly.`,
  ),
  sections: [
    {
      id: 'sporsmal-til-eleven',
      title: t('Forslag til spørsmål til eleven', 'Forslag til spørsmål til eleven', 'Suggested questions for the student'),
      questions: [
        {
          id: 'trivsel',
          text: t(
            'Trives du på skolen og på fritiden?',
            'Trivst du på skulen og på fritida?',
            'Do you enjoy school and your free time?',
          ),
        },
        {
          id: 'venner-og-fritid',
          text: t(
            'Har du venner på skolen? Hva liker du å gjøre på fritiden? (idrett, dataspill, mobilbruk?)',
            'Har du vener på skulen? Kva liker du å gjere på fritida? (idrett, dataspel, mobilbruk?)',
            'Do you have friends at school? What do you like to do in your free time? (sports, video games, phone use?)',
          ),
        },
        {
          id: 'vanskelig-pa-skolen',
          text: t(
            'Er det noe du opplever som vanskelig eller ubehagelig på skolen? Er det spesielle fag du liker/ikke liker? Hvordan opplever du prøver? Hvordan går det med lekser?',
            'Er det noko du opplever som vanskeleg eller ubehageleg på skulen? Er det spesielle fag du liker/ikkje liker? Korleis opplever du prøvar? Korleis går det med lekser?',
            'Is there anything at school you find difficult or unpleasant? Are there particular subjects you like/dislike? How do you find tests? How is homework going?',
          ),
        },
        {
          id: 'forhold-til-voksne',
          text: t(
            'Er det lærere eller andre voksne på skolen som du har et godt/ikke godt forhold til?',
            'Er det lærarar eller andre vaksne på skulen som du har eit godt/ikkje godt forhold til?',
            'Are there teachers or other adults at school you get on well/not well with?',
          ),
        },
        {
          id: 'plaget-eller-mobbet',
          text: t(
            'Blir du plaget eller mobbet på skolen, i friminuttene, på skoleveien eller i fritiden?',
            'Blir du plaga eller mobba på skulen, i friminutta, på skulevegen eller i fritida?',
            'Are you being picked on or bullied at school, during breaks, on the way to school or in your free time?',
          ),
        },
        {
          id: 'nar-du-ikke-er-pa-skolen',
          text: t(
            'Hva gjør du når du ikke er på skolen?',
            'Kva gjer du når du ikkje er på skulen?',
            'What do you do when you are not at school?',
          ),
        },
        {
          id: 'onsket-skoledag',
          text: t(
            'Hvordan kunne du ønske at skoledagen din var?',
            'Korleis skulle du ønskje at skuledagen din var?',
            'What would you like your school day to be like?',
          ),
        },
        {
          id: 'hva-kan-jeg-gjore',
          text: t(
            'Er det noe jeg kan gjøre annerledes for at du skal ha det bra på skolen?',
            'Er det noko eg kan gjere annleis for at du skal ha det bra på skulen?',
            'Is there anything I can do differently so that you are happy at school?',
          ),
        },
      ],
    },
  ],
};

const fravaerKartleggingForesatte: ConversationGuide = {
  key: 'fravaer-kartlegging-foresatte',
  title: t(
    'Kartleggingssamtale ved bekymring for fravær – foresatte',
    'Kartleggingssamtale ved bekymring for fråvær – føresette',
    'Mapping conversation about worrying absence – the guardians',
  ),
  audience: 'foresatte',
  source: 'Rutine fraværsoppfølging (Søndre Land kommune) — «Kartleggingsamtale ved bekymring for fravær», «Forslag til spørsmål til foresatte»',
  intro: splitOrJoint,
  sections: [
    {
      id: 'sporsmal-til-foresatte',
      title: t('Forslag til spørsmål til foresatte', 'Forslag til spørsmål til føresette', 'Suggested questions for the guardians'),
      questions: [
        {
          id: 'trivsel',
          text: t(
            'Hvordan opplever du/dere at barnet trives på skolen/fritiden?',
            'Korleis opplever du/de at barnet trivst på skulen/fritida?',
            'How do you feel your child is getting on at school/in their free time?',
          ),
        },
        {
          id: 'arsaker-til-fravaer',
          text: t(
            'Opplever du/dere at det er spesielle årsaker til at barnet ikke er på skolen?',
            'Opplever du/de at det er spesielle årsaker til at barnet ikkje er på skulen?',
            'Do you feel there are particular reasons why your child is not at school?',
          ),
        },
        {
          id: 'forhold-pa-og-utenfor-skolen',
          text: t(
            'Kan forhold på skolen gjøre at barnet har fravær? Kan forhold utenfor skolen bidra til fravær?',
            'Kan forhold på skulen gjere at barnet har fråvær? Kan forhold utanfor skulen bidra til fråvær?',
            'Could something at school be making your child absent? Could something outside school be contributing to the absence?',
          ),
        },
        {
          id: 'helse',
          text: t(
            'Er det helsemessige årsaker til at barnet er borte fra skolen?',
            'Er det helsemessige årsaker til at barnet er borte frå skulen?',
            'Are there health reasons why your child is away from school?',
          ),
        },
        {
          id: 'tidlig-utvikling',
          text: t(
            'Hvordan var barnets tidlige utvikling, og dets tidligere erfaring med barnehage og skole?',
            'Korleis var den tidlege utviklinga til barnet, og kva erfaringar har barnet tidlegare hatt med barnehage og skule?',
            "How was your child's early development, and their earlier experience of kindergarten and school?",
          ),
        },
        {
          id: 'hjemme-fra-skolen',
          text: t(
            'Hva gjør eleven når han/hun er hjemme fra skolen?',
            'Kva gjer eleven når han/ho er heime frå skulen?',
            'What does your child do when he or she stays home from school?',
          ),
        },
        {
          id: 'rutiner',
          text: t(
            'Hvordan er elevens morgenrutiner? Kveldsrutiner? Søvn? Skjermtid? Mobilbruk?',
            'Korleis er morgonrutinane til eleven? Kveldsrutinar? Søvn? Skjermtid? Mobilbruk?',
            "What are your child's morning routines like? Evening routines? Sleep? Screen time? Phone use?",
          ),
        },
        {
          id: 'foresattes-behov-for-stotte',
          text: t(
            'Kartlegg foresattes behov for støtte: Er det noe du/dere som foresatte har behov for hjelp til? Hvem kan hjelpe?',
            'Kartlegg kva støtte dei føresette treng: Er det noko du/de som føresette treng hjelp til? Kven kan hjelpe?',
            "Map the guardians' need for support: Is there anything you as guardians need help with? Who can help?",
          ),
        },
        {
          id: 'hva-kan-skolen-gjore',
          text: t(
            'Hva tenker du/dere at skolen kan gjøre for at barnet skal komme på skolen?',
            'Kva tenkjer du/de at skulen kan gjere for at barnet skal kome på skulen?',
            'What do you think the school can do to help your child come to school?',
          ),
        },
      ],
    },
  ],
};

export const conversationGuides: readonly ConversationGuide[] = [ikoElevsamtale, fravaerKartleggingElev, fravaerKartleggingForesatte];

// Stryker restore all
export function guideByKey(key: GuideKey): ConversationGuide {
  const guide = conversationGuides.find((g) => g.key === key);
  if (!guide) throw new Error(`No conversation guide with key ${key}`);
  return guide;
}

// Stryker disable all: the guides' questions and agenda are the seeds' words, data rather than logic; conversation-guides.test.ts checks their completeness
export interface AgendaStep {
  id: string;
  text: Localised;
}

export interface AgendaSection {
  id: string;
  title: Localised;
  steps: AgendaStep[];
}

/**
 * The frame around the kartleggingssamtale's questions, for whoever leads it (absence seed,
 * "Rammer for en god samtale" to "Etter samtalen"), word for word. The seed writes "Informert
 * om" where it means "Informer om"; the wording is kept and reads as a ticked checklist item.
 * The closing section's question about triggering and maintaining factors is asked of the
 * meeting, not of the student or the guardians, so it lives here and not in the guides.
 */
export const kartleggingssamtaleAgenda: readonly AgendaSection[] = [
  {
    id: 'rammer',
    title: t('Rammer for en god samtale', 'Rammer for ein god samtale', 'Setting up a good conversation'),
    steps: [
      {
        id: 'moterom-og-varighet',
        text: t(
          'Velg et møterom der dere ikke blir forstyrret og avtal på forhånd hvor lang samtalen skal være.',
          'Vel eit møterom der de ikkje blir forstyrra, og avtal på førehand kor lang samtalen skal vere.',
          'Choose a meeting room where you will not be disturbed and agree in advance how long the conversation will be.',
        ),
      },
      {
        id: 'skal-eleven-vaere-med',
        text: t(
          'I forkant av samtalen må det avklares om eleven skal være med.',
          'Før samtalen må det avklarast om eleven skal vere med.',
          'Before the conversation, decide whether the student will take part.',
        ),
      },
      {
        id: 'informer-eleven',
        text: t(
          'Hvis eleven ikke deltar, må eleven få god informasjon om hva som blir sagt og gjort, og hvorfor. Flere elever forteller at det er viktig for dem at kontaktlærer snakker med dem direkte.',
          'Om eleven ikkje deltek, må eleven få god informasjon om kva som blir sagt og gjort, og kvifor. Fleire elevar fortel at det er viktig for dei at kontaktlæraren snakkar med dei direkte.',
          'If the student does not take part, the student must be told clearly what is said and done, and why. Several students say it matters to them that the contact teacher talks with them directly.',
        ),
      },
      {
        id: 'forbered-deg',
        text: t(
          'Forbered deg. Forhør deg med andre lærere eleven forholder seg til, ansatte på SFO, eller lignende, som kan bidra med viktig informasjon.',
          'Førebu deg. Høyr med andre lærarar eleven har, tilsette på SFO eller liknande, som kan bidra med viktig informasjon.',
          "Prepare. Ask the student's other teachers, staff at the after-school programme (SFO) or similar, who may have important information.",
        ),
      },
      {
        id: 'folelsesmessige-reaksjoner',
        text: t(
          'Ta høyde for følelsesmessige reaksjoner hos foresatte og elev. Bekreft og anerkjenn følelsene uten å gå i forsvar.',
          'Ta høgd for kjenslemessige reaksjonar hos føresette og elev. Stadfest og anerkjenn kjenslene utan å gå i forsvar.',
          'Be prepared for emotional reactions from the guardians and the student. Acknowledge and validate the feelings without becoming defensive.',
        ),
      },
    ],
  },
  {
    id: 'start',
    title: t('Samtalens start', 'Starten på samtalen', 'Opening the conversation'),
    steps: [
      {
        id: 'dele-bekymringen',
        text: t(
          'Informert om at et av formålene med samtalen er å dele skolens bekymring for elevens fravær.',
          'Informert om at eitt av føremåla med samtalen er å dele uroa skulen har for fråværet til eleven.',
          "Informed that one purpose of the conversation is to share the school's concern about the student's absence.",
        ),
      },
      {
        id: 'omfanget-av-fravaeret',
        text: t(
          'Gi en konkret tilbakemelding på omfanget av fraværet.',
          'Gi ei konkret tilbakemelding om kor stort fråværet er.',
          'Give concrete feedback on the extent of the absence.',
        ),
      },
      {
        id: 'skolens-rutiner',
        text: t(
          'Informert om at skolen har rutiner for oppfølging av alvorlig skolefravær. Si at dette innebærer at det gis informasjon til skolens ledelse, og at det gjennomføres en samtale med mål om å komme frem til tiltak som vil gi en normal tilstedeværelse.',
          'Informert om at skulen har rutinar for oppfølging av alvorleg skulefråvær. Sei at dette inneber at leiinga på skulen får informasjon, og at det blir halde ein samtale med mål om å kome fram til tiltak som vil gi normalt nærvær.',
          "Informed that the school has routines for following up serious school absence. Say that this means the school's leadership is informed and that a conversation is held with the aim of agreeing on measures that will bring normal attendance.",
        ),
      },
      {
        id: 'ansvar',
        text: t(
          'Informert om at skolen har ansvar for at elever har en god og trygg skolehverdag og at foresatte har ansvar for at eleven kommer til skolen.',
          'Informert om at skulen har ansvar for at elevar har ein god og trygg skulekvardag, og at dei føresette har ansvar for at eleven kjem til skulen.',
          'Informed that the school is responsible for students having a good and safe school day and that the guardians are responsible for the student coming to school.',
        ),
      },
      {
        id: 'vise-handlingsplanen',
        text: t(
          'Det kan være nyttig å vise foresatte denne handlingsplanen.',
          'Det kan vere nyttig å vise dei føresette denne handlingsplanen.',
          'It can be useful to show the guardians this action plan.',
        ),
      },
    ],
  },
  {
    id: 'avslutning',
    title: t('Samtalens avslutning', 'Avslutninga av samtalen', 'Closing the conversation'),
    steps: [
      {
        id: 'oppsummering',
        text: t('Gi en kort oppsummering av samtalen.', 'Gi ei kort oppsummering av samtalen.', 'Give a short summary of the conversation.'),
      },
      {
        id: 'utlosende-og-opprettholdende-faktorer',
        text: t(
          'Hva tenker vi er mulige utløsende og opprettholdende faktorer for fraværet?',
          'Kva tenkjer vi er moglege utløysande og oppretthaldande faktorar for fråværet?',
          'What do we think may be the triggering and maintaining factors of the absence?',
        ),
      },
      {
        id: 'veien-videre',
        text: t(
          'Avtal veien videre. Bruk tiltaksplanen, avtal et møte for å evaluere avtalen om tre uker.',
          'Avtal vegen vidare. Bruk tiltaksplanen, og avtal eit møte for å evaluere avtalen om tre veker.',
          'Agree on the way forward. Use the measure plan and arrange a meeting to evaluate the agreement in three weeks.',
        ),
      },
      {
        id: 'rammer-for-kontakt',
        text: t(
          'Avklar tydelige rammer for videre kontakt: når det skal være kontakt og hvordan (bruk av mail/sms/telefonid)',
          'Avklar tydelege rammer for vidare kontakt: når det skal vere kontakt, og korleis (e-post/sms/telefon)',
          'Agree clear terms for further contact: when there will be contact and how (e-mail/text message/phone)',
        ),
      },
      {
        id: 'videre-kartlegging-eller-melding',
        text: t(
          'Drøft om det er behov for ytterligere kartlegging, videre henvisning eller bekymringsmelding.',
          'Drøft om det er behov for meir kartlegging, vidare tilvising eller bekymringsmelding.',
          'Discuss whether further mapping, a referral or a concern report to child welfare is needed.',
        ),
      },
    ],
  },
  {
    id: 'etter',
    title: t('Etter samtalen', 'Etter samtalen', 'After the conversation'),
    steps: [
      {
        id: 'referat',
        text: t(
          'Skriv et kort referat og send kopi til alle deltakere.',
          'Skriv eit kort referat og send kopi til alle deltakarane.',
          'Write short minutes and send a copy to all participants.',
        ),
      },
      {
        id: 'henvis',
        text: t('Henvis eventuelt videre.', 'Vis eventuelt vidare.', 'Refer on if needed.'),
      },
      {
        id: 'tiltak-og-henvisning',
        text: t(
          'Etter kartleggingssamtalen vurderes og bestemmes tiltak, det vurderes behov for videre henvisning (til PPT eller drøftingsteamet) eller behov for å drøfte saken i ressursteam, hvis dette er etablert på skolen.',
          'Etter kartleggingssamtalen blir tiltak vurderte og bestemde, og det blir vurdert om det er behov for vidare tilvising (til PPT eller drøftingsteamet) eller for å drøfte saka i ressursteamet, om skulen har eit slikt.',
          'After the mapping conversation, measures are considered and decided, and the need for a referral (to PPT or the consultation team) or for discussing the case in the resource team, if the school has one, is assessed.',
        ),
      },
    ],
  },
];

/**
 * The four kinds of explanation for dropping out in the IKO seed ("Kartlegging gjennom
 * skoleåret"). The seed adds that in practice there are often several at once ("Helheten"), so
 * a case may carry more than one.
 */
export const causeCategories = ['faglige_utfordringer', 'motivasjon_og_feilvalg', 'motet_med_skolen', 'livet_utenfor'] as const;
export type CauseCategory = (typeof causeCategories)[number];

export const causeCategoryLabels: Record<CauseCategory, Localised> = {
  faglige_utfordringer: t('Faglige utfordringer', 'Faglege utfordringar', 'Academic challenges'),
  motivasjon_og_feilvalg: t('Motivasjon og feilvalg', 'Motivasjon og feilval', 'Motivation and wrong choices'),
  motet_med_skolen: t('Møte med skolen', 'Møtet med skulen', 'Encounter with the school'),
  livet_utenfor: t('Livet utenfor', 'Livet utanfor', 'Life outside school'),
};

export const causeCategoryDescriptions: Record<CauseCategory, Localised> = {
  faglige_utfordringer: t(
    'Mye av forskningslitteraturen beskriver frafall som et prestasjonsproblem. Svake prestasjoner fra grunnskolen er den klart viktigste enkeltforklaringen til at ungdom ikke fullfører og består. Forskningen viser også en sammenheng mellom elevenes skoleprestasjoner og foresattes utdanningsnivå.',
    'Mykje av forskingslitteraturen skildrar fråfall som eit prestasjonsproblem. Svake prestasjonar frå grunnskulen er den klart viktigaste enkeltforklaringa på at ungdom ikkje fullfører og består. Forskinga viser òg ein samanheng mellom skuleprestasjonane til elevane og utdanningsnivået til dei føresette.',
    "Much of the research literature describes dropping out as a problem of achievement. Weak results from primary and lower secondary school are by far the most important single explanation of why young people do not complete and pass. Research also shows a link between students' school results and their guardians' level of education.",
  ),
  motivasjon_og_feilvalg: t(
    'Forskningen viser at frafall ofte også skyldes motivasjonsproblemer hvor feilvalg kan være en av årsakene. Jo mindre motivert en elev er for skolearbeid, jo større er sannsynligheten for frafall.',
    'Forskinga viser at fråfall ofte òg kjem av motivasjonsproblem der feilval kan vere ei av årsakene. Di mindre motivert ein elev er for skulearbeid, di større er sannsynet for fråfall.',
    'Research shows that dropping out is often also due to problems of motivation, where a wrong choice of programme can be one of the causes. The less motivated a student is for schoolwork, the more likely he or she is to drop out.',
  ),
  motet_med_skolen: t(
    'Måten skolen møter ungdommen på og hvordan opplæringen er organisert er også kritiske faktorer for at eleven skal lykkes i skolen. Å lytte til elevens tidligere skoleerfaringer er derfor viktig i kartleggingsøyemed.',
    'Måten skulen møter ungdommen på, og korleis opplæringa er organisert, er òg kritiske faktorar for at eleven skal lukkast i skulen. Å lytte til dei tidlegare skuleerfaringane til eleven er derfor viktig i kartlegginga.',
    "The way the school meets young people and how teaching is organised are also critical for the student's success at school. Listening to the student's earlier experience of school is therefore important when mapping.",
  ),
  livet_utenfor: t(
    'Når ungdom som har avbrutt videregående opplæring får spørsmål om hvorfor, svarer de like ofte at det handler om livet utenfor skolen, som faglige utfordringer. Mange forteller om problematiske hjemmeliv, vanskelige forhold til jevnaldrende, helseproblemer, angst- og depresjonsplager.',
    'Når ungdom som har avbrote vidaregåande opplæring, blir spurde om kvifor, svarer dei like ofte at det handlar om livet utanfor skulen som om faglege utfordringar. Mange fortel om eit problematisk heimeliv, vanskelege forhold til jamaldrande, helseproblem og angst- og depresjonsplager.',
    'When young people who have left upper secondary school are asked why, they answer as often that it is about life outside school as about academic challenges. Many tell of troubled home lives, difficult relationships with peers, health problems, anxiety and depression.',
  ),
};

/** The question the seed's tiltaksplan asks in its "Opprettholdende faktor" column. */
export const maintainingFactorPrompt: Localised = t(
  'Hvilke hindringer må vi gjøre noe med for at eleven skal komme seg på skolen/nå målene satt over?',
  'Kva hindringar må vi gjere noko med for at eleven skal kome seg på skulen / nå måla som er sette over?',
  'Which obstacles must we deal with for the student to get to school/reach the goals set above?',
);

export interface MaintainingFactorSuggestion {
  id: string;
  text: Localised;
  /**
   * Where in the absence seed it comes from: the possible reasons named at step 1 of the
   * staircase, the research summary's individual and school-related causes, or the rows of the
   * example tiltaksplan (vedlegg 1), which the seed itself labels "Opprettholdende faktor".
   */
  origin: 'trinn-1' | 'kunnskapsstatus' | 'eksempel-tiltaksplan';
}

/**
 * Suggestions for the maintaining-factor column of a tiltaksplan, from the absence seed only.
 * The step-1 reasons are the seed's "Kanskje ...?" sentences turned into statements. The
 * research summary's family markers (guardians' education, work and background) and exposure to
 * abuse are left out on purpose: the first are not obstacles a plan can act on and would put a
 * label on the family in a document the family signs; the second belongs to a concern report to
 * child welfare (barnevern-checklist.ts), not to a plan row.
 */
export const maintainingFactorSuggestions: readonly MaintainingFactorSuggestion[] = [
  {
    id: 'skulk',
    origin: 'trinn-1',
    text: t('Eleven har skulket', 'Eleven har skulka', 'The student has been truanting'),
  },
  {
    id: 'vanskelig-a-komme-seg-pa-skolen-om-morgenen',
    origin: 'trinn-1',
    text: t(
      'Foresatte opplever at det er vanskelig å få eleven på skolen om morgenen',
      'Dei føresette opplever at det er vanskeleg å få eleven på skulen om morgonen',
      'The guardians find it hard to get the student to school in the morning',
    ),
  },
  {
    id: 'gruer-seg-til-en-situasjon',
    origin: 'trinn-1',
    text: t(
      'Eleven gruer seg til en situasjon på skolen',
      'Eleven gruar seg til ein situasjon på skulen',
      'The student dreads a situation at school',
    ),
  },
  {
    id: 'somatiske-plager',
    origin: 'trinn-1',
    text: t('Somatiske plager', 'Somatiske plager', 'Physical complaints'),
  },
  {
    id: 'angst-og-depresjon',
    origin: 'kunnskapsstatus',
    text: t(
      'Psykiske plager som angst og depresjon',
      'Psykiske plager som angst og depresjon',
      'Mental health problems such as anxiety and depression',
    ),
  },
  {
    id: 'mangel-pa-sovn',
    origin: 'kunnskapsstatus',
    text: t('Mangel på søvn', 'Mangel på søvn', 'Lack of sleep'),
  },
  {
    id: 'subjektive-plager',
    origin: 'kunnskapsstatus',
    text: t('Subjektive plager', 'Subjektive plager', 'Subjective health complaints'),
  },
  {
    id: 'foresattes-helse',
    origin: 'kunnskapsstatus',
    text: t('Foresattes helse', 'Helsa til dei føresette', "The guardians' health"),
  },
  {
    id: 'skolemiljoet',
    origin: 'kunnskapsstatus',
    text: t('Skolemiljøet', 'Skulemiljøet', 'The school environment'),
  },
  {
    id: 'relasjon-til-medelever-og-laerere',
    origin: 'kunnskapsstatus',
    text: t('Relasjon til medelever og lærere', 'Relasjonen til medelevar og lærarar', 'Relationships with classmates and teachers'),
  },
  {
    id: 'mobbing',
    origin: 'kunnskapsstatus',
    text: t('Å være utsatt for mobbing', 'Å vere utsett for mobbing', 'Being bullied'),
  },
  {
    id: 'faglige-vansker',
    origin: 'kunnskapsstatus',
    text: t('Å oppleve faglige vansker', 'Å oppleve faglege vanskar', 'Academic difficulties'),
  },
  {
    id: 'foresatte-pa-jobb-for-skolebussen',
    origin: 'eksempel-tiltaksplan',
    text: t(
      'Mor drar på jobb før skolebussen går om morgenen',
      'Mor dreg på jobb før skulebussen går om morgonen',
      'Mother leaves for work before the school bus goes in the morning',
    ),
  },
  {
    id: 'lite-faglig-mestring-etter-fravaer',
    origin: 'eksempel-tiltaksplan',
    text: t(
      'Opplever lite faglig mestring etter mye fravær, spesielt i matematikk.',
      'Opplever lite fagleg meistring etter mykje fråvær, særleg i matematikk.',
      'Feels little academic mastery after a lot of absence, especially in mathematics.',
    ),
  },
  {
    id: 'vanskelig-i-storefri',
    origin: 'eksempel-tiltaksplan',
    text: t(
      'Det er vanskelig å gå ut i storefri fordi hun ikke vet hvem hun skal være sammen med og hva hun skal gjøre',
      'Det er vanskeleg å gå ut i storefri fordi ho ikkje veit kven ho skal vere saman med, og kva ho skal gjere',
      "It is hard to go out at the long break because she doesn't know who to be with or what to do",
    ),
  },
];
