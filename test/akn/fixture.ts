/** A minimal AKN4UN resolution around the given preamble and main body markup, for parser-style tests. */
export function aknResolution(body: string, preamble = '', language = 'eng'): string {
  return `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" xmlns:akn4un="http://un.org/akn4un">
  <statement name="resolution">
    <meta>
      <identification source="#DGACM">
        <FRBRWork><FRBRuri value="/akn/un/statement/deliberation/unsc/2005-03-01/1590-2005/"/><FRBRdate date="2005-03-01" name="adoption"/></FRBRWork>
        <FRBRExpression>${language ? `<FRBRlanguage language="${language}"/>` : ""}</FRBRExpression>
      </identification>
      <workflow source="#un">
        <step date="2005-02-25" outcome="draftResolution" as="S/2005/120" by="Denmark, Trinidad and Tobago and United Kingdom of Great Britain and Northern Ireland" />
        <step date="2005-03-01" outcome="adopted" as="S/PV.5137" by="Adopted unanimously, 5137th meeting" refersTo="Chapter VII" />
      </workflow>
    </meta>
    <coverPage>
      <p><docNumber refersTo="#symbol">S/RES/1590 (2005)</docNumber></p>
      <p><docTitle refersTo="#adoption">Adopted by the Security Council at its <inline name="adoptionMeeting" title="5137th">5137th meeting</inline>, on <docDate date="2005-03-01" refersTo="#adoptionDate">1 March 2005</docDate></docTitle></p>
    </coverPage>
    <preamble>
      <formula name="enactingFormula"><p><span class="italic">The Security Council</span>,</p></formula>
      ${preamble}
    </preamble>
    <mainBody>
      ${body}
    </mainBody>
  </statement>
</akomaNtoso>`;
}

/** A body paragraph with a number and plain content. */
export const para = (num: string, text: string) =>
  `<paragraph>${num ? `<num>${num}</num>` : ''}<content><p>${text}</p></content></paragraph>`;
