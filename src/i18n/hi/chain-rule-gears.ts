import type { Messages } from '../../internal/i18n.js';

/** The hi messages of <chain-rule-gears>. */
export const messages: Messages = {
  // chain-rule-gears
  'chain-rule-gears.name.lever': 'लीवर',
  'chain-rule-gears.name.gear': 'गियर {number}',
  'chain-rule-gears.unit.lever': 'सेमी',
  'chain-rule-gears.unit.gear': '°',
  'chain-rule-gears.spoken.degrees': { one: '{value} डिग्री', other: '{value} डिग्री' },
  'chain-rule-gears.spoken.amount': '{value} {unit}',
  'chain-rule-gears.diagram': {
    one: '{lever}, जो {count} गियर घुमाता है',
    other: '{lever}, जो {count} गियर घुमाता है',
  },
  'chain-rule-gears.lever.name': '{lever} का विस्थापन',
  'chain-rule-gears.lever.valueText': '{amount}; {last} {lastAmount} घूमता है',
  'chain-rule-gears.lever.hint':
    'खींचें, या 0.1 से खिसकाने के लिए ऐरो कुंजियाँ दबाएँ; शिफ़्ट के साथ ऐरो, या पेज अप और पेज डाउन, 1 से खिसकाते हैं; होम और एंड सिरों पर ले जाते हैं।',
  'chain-rule-gears.gear.label': '{name}: अनुपात {ratio}; {amount} घूमा',
  'chain-rule-gears.gear.labelReversed': '{name}: अनुपात {ratio}, उलटी दिशा में; {amount} घूमा',
  'chain-rule-gears.gear.labelDisengaged': '{name}: अलग हुआ, अनुपात 0: यह नहीं घूमता; {amount} घूमा',
  'chain-rule-gears.readouts': 'हर हिस्से का विस्थापन',
  'chain-rule-gears.gear.withDirection': '{label}, {direction}',
  'chain-rule-gears.direction.clockwise': 'दक्षिणावर्त गिना गया',
  'chain-rule-gears.direction.counterclockwise': 'वामावर्त गिना गया',
  'chain-rule-gears.convention':
    'आपस में फँसे गियर उलटी दिशाओं में घूमते हैं। हर गियर का कोण उसके अपने तीर की दिशा में गिना जाता है, इसलिए धनात्मक अनुपात उसे घुमाने वाले गियर की रीडिंग का चिह्न बनाए रखता है।',
  'chain-rule-gears.formula.title': 'श्रृंखला नियम, हर गियर का एक गुणनखंड',
  'chain-rule-gears.formula.total': 'd {last} बटा d {first} बराबर {value}',
  'chain-rule-gears.formula.factor': '{name} का गुणनखंड: d {name} बटा d {previous} बराबर {value}',
  'chain-rule-gears.formula.summary': '{lever} का हर {unitStep} {last} को {amount} घुमाता है।',
  'chain-rule-gears.reset': '{lever} को {amount} पर वापस लाएँ',
  'chain-rule-gears.narration.lever': '{name} {amount} पर',
  'chain-rule-gears.narration.gear': '{name} {amount} घूमता है: {ratio} गुणा {before}',
  'chain-rule-gears.narration.separator': '; ',
  'chain-rule-gears.narration.sentence': '{clauses}।',
  'chain-rule-gears.ask.product': 'd {last} / d {lever} का अनुमान लगाइए, पूरी शृंखला का अवकलज',
  'chain-rule-gears.hint.sum':
    'प्रभाव शृंखला के साथ गुणा होते हैं: हर गियर अपने अनुपात गुणा उतना घूमता है जितना उसे चलाने वाला।',
  'chain-rule-gears.hint.partial': 'यह केवल एक गियर है: शृंखला का हर अनुपात गिना जाता है।',
  'chain-rule-gears.hint.rule': 'शृंखला के साथ अनुपातों को गुणा कीजिए: {factors}।',
  'chain-rule-gears.formula.totalHidden': 'd {last} बटा d {first}: उत्तर देने तक छिपा हुआ',
  'chain-rule-gears.gear.labelHidden': '{name}: अनुपात {ratio}; इसका घुमाव उत्तर देने तक छिपा है',
};
