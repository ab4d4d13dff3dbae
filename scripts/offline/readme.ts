/** The zip's README.txt, in English and Japanese: how to open the offline edition. */
export function readmeText(options: { siteUrl: string; zipName: string }): string {
  return `Japan's Cybersecurity Policy: Public Edition - offline copy
==========================================================

How to open it
1. Unzip ${options.zipName} into a folder (double-clicking it is not enough on every system).
2. Open index.html in that folder with a web browser and choose English or Japanese.
Everything works from the disk, without an internet connection or a web server,
search included (the search page uses an index stored in the copy).
Links to the downloads, and canonical addresses, point at the online edition:
${options.siteUrl}

日本のサイバーセキュリティ政策 公開版 - オフライン版
==========================================================

開き方
1. ${options.zipName} を任意のフォルダに展開してください（ダブルクリックだけでは開けない環境があります）。
2. 展開したフォルダの index.html をウェブブラウザで開き、日本語または英語を選んでください。
インターネット接続やウェブサーバーは不要です。検索もこのコピーに含まれる索引で動作します。
ダウンロードへのリンクと正規のアドレスはオンライン版を指します：
${options.siteUrl}
`;
}
