import type { Messages } from '../../internal/i18n.js';

/**
 * Japanese. Terms follow GLOSSARY.md; keys and placeholders match English exactly. This part has
 * the messages every element shares (attribute notes, numbers, exercises, the loader and embed
 * pages); each element's are in ja/<tag>.ts.
 */
export const messages: Messages = {
  // shared: attribute notes, numbers
  'attr.expected': '{expected}が必要です',
  'attr.expectedGot': '{expected}が必要です（実際は{got}）',
  'attr.listEntry': '{expected}が必要です。「{entry}」は{kind}ではありません',
  'attr.nothing': '空',
  'attr.emptyEntry': '空の項目',
  'attr.notFinite': '有限でない値',
  'attr.quoted': '「{text}」',
  'attr.number': '数値',
  'attr.numberFromTo': '{min}から{max}までの数値',
  'attr.wholeFromTo': '{min}から{max}までの整数',
  'attr.list': { other: 'スペースかカンマで区切った{count}個の{kind}' },
  'attr.listBetween': 'スペースかカンマで区切った{min}～{max}個の{kind}',
  'attr.numbers': '数値',
  'attr.numbersFromTo': '{min}から{max}までの数値',
  'attr.wholesFromTo': '{min}から{max}までの整数',
  'attr.assignments': 'カンマで区切った「名前=数値」の組（例：「x=2, w=-1」）',
  'attr.assignmentMissing': '{expected}が必要です。「{pair}」が「名前=数値」の形になっていません',
  'attr.assignmentNumber': '{name}には数値が必要です（実際は{got}）',
  'attr.oneOf': '{choices}のいずれかが必要です（実際は{got}）',
  'attr.labels': 'カンマで区切った短い名前のリストが必要です',
  'attr.labelsAtMost': 'カンマで区切った名前は{max}個までです',
  'attr.unreadable': 'テキストとして読める値が必要です（この値は自分自身を含むか、読み取れません）',
  'number.minus': 'マイナス{value}',
  'problem.readOnly': '{property}は読み取り専用です。設定した値は無視されました',
  // exercises ("predict, then check"), shared by every element
  'exercise.fieldHint': '数か簡単な式を入力（例: -0.8*1.5）',
  'exercise.check': '確かめる',
  'exercise.showAnswer': '答えを見る',
  'exercise.tryNew': '別の数で試す',
  'exercise.right': '正解: {working} ✓',
  'exercise.wrong': 'まだ違います。',
  'exercise.wrong.sign': 'まだ違います。符号を確かめましょう。',
  'exercise.revealed': '答え: {working}',
  'exercise.outOfAttempts': '回数を使い切りました。答え: {working}',
  'exercise.unreadable.empty': 'まず数を入力してください。',
  'exercise.unreadable.syntax': 'この図が読める数や式ではありません。',
  'exercise.unreadable.name': "数だけを使ってください。'{name}' は名前で、数ではありません。",
  'exercise.unreadable.notFinite': '有限の数になりません。',
  'exercise.score': { other: '{count} 問中 {correct} 問正解（うち {firstTry} 問は一回目で正解）' },
  'exercise.notYet': '答えるまで非表示',
  // embed pages and the loader: notes of the page around a figure
  'embed.noElement': '?el= で要素を指定してください（例: ?el={example}）。',
  'embed.unknownElement': '不明な要素「{tag}」です。',
  'embed.unavailable': '要素「{tag}」はここでは使えません。',
  'embed.tooLong': '「{name}」は無視されました。値が {count} 文字を超えています。',
  'embed.notParameterGuess':
    '「{name}」は {tag} のパラメーターではありません。「{guess}」のことですか？',
  'embed.notParameter': '「{name}」は {tag} のパラメーターではありません。',
  'embed.parameterList': '使えるパラメーター: {list}。',
  'embed.badPassMark':
    '「pass」には 0〜100 のパーセントを指定します（「{got}」は不可）。{fallback} を使います。',
  'embed.noscript': 'このインタラクティブな図には JavaScript が必要です。',
  'loader.missing':
    'このインタラクティブな図（<{tag}>）を読み込めませんでした。必要なファイルが見つからないか、アクセスできません。backprop-elements を配信するサイトは dist/ フォルダー全体（backprop-elements.js と同じ場所の chunks/ と fonts/）を配信する必要があります。',
};
