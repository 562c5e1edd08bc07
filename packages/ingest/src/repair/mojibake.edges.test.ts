import { describe, expect, it } from "vitest";
import { chooseReadings, detectMojibake, readRuns } from "./mojibake";
import type { ReadRun } from "./mojibake";
import { detectInjections } from "./injected";
import { misdecode } from "./charsets";
import type { Reading } from "./decode-run";

// The edges of the mojibake detector that the cases do not reach: two runs joined over an ASCII trail byte, the
// in-place penalty of a Latin reading, the trail byte a GBK/Big5 decoder swallowed, and the tie-breakers among readings.
// Every fixture is a sentence of our own encoded in one charset and decoded in another, so the damage is genuine.

const m = misdecode;
/** A reading as [text, chain, gain rounded to 0.01, nature]. */
const brief = (rs: readonly Reading[]) => rs.map((r) => [r.text, r.chain.join(" "), Math.round(r.gain * 100) / 100, r.nature]);
/** Everything the detector decides about a text: each run (offsets, text, in a word, letter before, readings in place, readings extended by the next character), the choice per run and the edits. */
const view = (text: string) => ({
  runs: readRuns(text).map((r: ReadRun) => [r.s, r.e, r.text, r.inWord, r.letterBefore, brief(r.readings), brief(r.extended)]),
  choices: [...chooseReadings(readRuns(text))].map(([run, c]) => [run.s, c.e, c.reading.text, c.reading.chain.join(" ")]),
  edits: detectMojibake(text).map((x) => [x.s, x.e, x.after]),
});

describe("readRuns: two runs split by one ASCII trail byte", () => {
  it("joins a Big5 word read as latin1 over its '@' trail byte and reads it as one token, excised whole (it was cut in two)", () => {
    const token = misdecode("一些", "big5", "latin1");
    expect(token).toBe("¤@¨Ç");
    const text = `The Committee met the ${token} delegates in New York on Monday.`;
    const runs = readRuns(text);
    expect(runs.map((r) => [r.s, r.e, r.text])).toEqual([[22, 26, token]]);
    expect(brief(runs[0]?.readings ?? []).slice(0, 3)).toEqual([
      ["一些", "win1252>big5", 4.5, "foreign"],
      ["一些", "latin1>big5", 4.5, "foreign"],
      ["一些", "win1250>big5", 4.5, "foreign"],
    ]);
    expect(detectMojibake(text, runs)).toEqual([]);
    // before the join, "¨Ç" alone was excised and "¤@" stayed in the text
    expect(detectInjections(text, runs).map((x) => [x.s, x.e, x.after])).toEqual([[22, 27, ""]]);
  });
});

describe("readRuns: runs split by one ASCII byte, and runs trimmed to their readable part", () => {
  it("joins a Big5 word read as windows-1250 over its ASCII trail letter inside a word, and reads it also with the next letter", () => {
    const text = `the${m("安全", "big5", "win1250")}s x`;
    expect(text).toBe("the¦wĄţs x");
    expect(view(text)).toEqual({"runs":[[3,7,"¦wĄţ",true,true,[["安全","win1250>big5",3.5,"foreign"],["安全","win1250>win1252 win1252>big5",3,"foreign"],["安全","win1250>win1252 latin1>big5",3,"foreign"],["安全","win1250>latin1 win1252>big5",3,"foreign"],["安全","win1250>latin1 latin1>big5",3,"foreign"]],[["安全s","win1250>big5",3.5,"foreign"]]]],"choices":[[3,7,"安全","win1250>big5"]],"edits":[]});
  });
  it("keeps a quotation mark and a GBK apostrophe apart when the parts read better than the whole", () => {
    const text = `“${m("d’Ivoire", "gbk", "win1250")}”`;
    expect(text).toBe("“dˇŻIvoire”");
    expect(view(text)).toEqual({"runs":[[0,1,"“",false,false,[],[]],[2,4,"ˇŻ",true,true,[["’","win1250>gbk",5.2,"latin"],["’","win1250>win1252 win1252>gbk",4.7,"latin"],["’","win1250>win1252 latin1>gbk",4.7,"latin"],["’","win1250>latin1 win1252>gbk",4.7,"latin"],["’","win1250>latin1 latin1>gbk",4.7,"latin"],["’","win1250>big5 big5>gbk",4.7,"latin"],["＊","win1250>big5",1.5,"foreign"]],[["’I","win1250>gbk",5.2,"latin"]]],[10,11,"”",false,true,[],[]]],"choices":[[2,4,"’","win1250>gbk"]],"edits":[[2,4,"’"]]});
  });
  it("keeps runs apart across a letter in a sentence of several runs", () => {
    const text = `The ${m("Łódź", "gbk", "big5")} and ${m("d’Ivoire", "gbk", "latin1")} met`;
    expect(text).toBe("The ?車d? and d¡¯Ivoire met");
    expect(view(text)).toEqual({"runs":[[5,6,"車",false,false,[["ó","big5>gbk",2.5,"latin"],["ó","big5>win1252 win1252>gbk",2,"latin"],["ó","big5>win1252 latin1>gbk",2,"latin"],["ó","big5>win1252 win1250>gbk",2,"latin"],["ó","big5>latin1 win1252>gbk",2,"latin"],["ó","big5>latin1 latin1>gbk",2,"latin"],["ó","big5>latin1 win1250>gbk",2,"latin"],["ó","big5>win1250 win1252>gbk",2,"latin"],["ó","big5>win1250 latin1>gbk",2,"latin"],["ó","big5>win1250 win1250>gbk",2,"latin"]],[]],[14,16,"¡¯",true,true,[["’","win1252>gbk",7.2,"latin"],["’","latin1>gbk",7.2,"latin"],["’","win1252>win1250 win1250>gbk",6.7,"latin"],["’","win1252>big5 big5>gbk",6.7,"latin"],["’","latin1>win1250 win1250>gbk",6.7,"latin"],["’","latin1>big5 big5>gbk",6.7,"latin"],["＊","win1252>big5",3.5,"foreign"],["＊","latin1>big5",3.5,"foreign"],["＊","win1252>win1250 win1250>big5",3,"foreign"],["＊","win1252>gbk gbk>big5",3,"foreign"],["ㄙ","win1252>big5 gbk>big5",3,"foreign"],["＊","latin1>win1250 win1250>big5",3,"foreign"],["＊","latin1>gbk gbk>big5",3,"foreign"],["ㄙ","latin1>big5 gbk>big5",3,"foreign"],["ˇ","win1252>gbk big5>gbk",2,"latin"],["ˇ","latin1>gbk big5>gbk",2,"latin"]],[["’I","win1252>gbk",9.2,"latin"],["’I","latin1>gbk",9.2,"latin"]]]],"choices":[[14,17,"’I","win1252>gbk"]],"edits":[[14,17,"’I"]]});
  });
  it("joins nothing over an '@' between two quotation marks, and finds nothing in a lone '@'", () => {
    const text = "“@”";
    expect(text).toBe("“@”");
    expect(view(text)).toEqual({"runs":[[0,1,"“",false,false,[],[]],[2,3,"”",false,false,[],[]]],"choices":[],"edits":[]});
    expect(view("@")).toEqual({ runs: [], choices: [], edits: [] });
  });
  it("keeps a run whole when its only readings are in another script and no trimmed run reads as Latin", () => {
    const text = `“${m("一些", "utf8", "win1252")}”`;
    expect(text).toBe("“ä¸€äº›”");
    expect(view(text)).toEqual({"runs":[[0,8,"“ä¸€äº›”",false,false,[["撲竴浜洈","win1252>gbk",8.1,"foreign"],["撲竴浜洈","win1252>win1250 win1250>gbk",7.6,"foreign"]],[]]],"choices":[[0,8,"撲竴浜洈","win1252>gbk"]],"edits":[]});
  });
  it("trims a genuine quotation mark off a run without a reading", () => {
    const text = `“${m("Łódź", "win1250", "latin1")}”`;
    expect(text).toBe("“£ód\u009f”");
    expect(view(text)).toEqual({"runs":[[1,3,"£ó",false,false,[["ｓ","win1252>gbk",1.5,"foreign"],["ｓ","latin1>gbk",1.5,"foreign"]],[]],[4,6,"\u009f”",false,true,[],[]]],"choices":[[1,3,"ｓ","win1252>gbk"]],"edits":[]});
  });
  it("trims the opening quotation mark off a UTF-8 word read as windows-1252 with an undefined byte (U+FFFD), which reads back several ways", () => {
    const text = `“${m("Łódź", "utf8", "win1252")}”`;
    expect(text).toBe("“Å\ufffdÃ³dÅº”");
    expect(view(text)).toEqual({"runs":[[1,5,"Å\ufffdÃ³",false,false,[["Łó","win1252>utf8",28.5,"latin"],["ōó","win1252>utf8",28.5,"latin"],["ŏó","win1252>utf8",28.5,"latin"],["Őó","win1252>utf8",28.5,"latin"],["ŝó","win1252>utf8",28.5,"latin"],["Łó","win1252>latin1 win1252>utf8",28,"latin"],["Łó","win1252>latin1 latin1>utf8",28,"latin"],["Łó","win1252>gbk gbk>utf8",28,"latin"],["ōó","win1252>latin1 win1252>utf8",28,"latin"],["ōó","win1252>latin1 latin1>utf8",28,"latin"],["ōó","win1252>win1250 win1250>utf8",28,"latin"],["ōó","win1252>gbk gbk>utf8",28,"latin"],["ŏó","win1252>latin1 win1252>utf8",28,"latin"],["ŏó","win1252>latin1 latin1>utf8",28,"latin"],["ŏó","win1252>win1250 win1250>utf8",28,"latin"],["ŏó","win1252>gbk gbk>utf8",28,"latin"],["Őó","win1252>latin1 win1252>utf8",28,"latin"],["Őó","win1252>latin1 latin1>utf8",28,"latin"],["Őó","win1252>gbk gbk>utf8",28,"latin"],["ŝó","win1252>latin1 win1252>utf8",28,"latin"],["ŝó","win1252>latin1 latin1>utf8",28,"latin"],["ŝó","win1252>win1250 win1250>utf8",28,"latin"],["ŝó","win1252>gbk gbk>utf8",28,"latin"],["ｓ","win1252>utf8 win1250>gbk",26,"foreign"],["Õó","win1252>utf8 win1250>win1252",26,"latin"],["Õó","win1252>utf8 win1250>latin1",26,"latin"],["阵","win1252>utf8 win1250>gbk",26,"foreign"],["淝","win1252>utf8 win1250>big5",26,"foreign"],["£ó","win1252>utf8 win1250>win1252",24,"latin"],["£ó","win1252>utf8 win1250>latin1",24,"latin"],["艁贸","win1252>gbk",22.5,"foreign"],["艒贸","win1252>gbk",22.5,"foreign"],["艔贸","win1252>gbk",22.5,"foreign"],["艕贸","win1252>gbk",22.5,"foreign"],["艥贸","win1252>gbk",22.5,"foreign"],["艁贸","win1252>latin1 win1252>gbk",22,"foreign"],["艁贸","win1252>latin1 latin1>gbk",22,"foreign"],["身車","win1252>utf8 gbk>big5",22,"foreign"],["坱坲","win1252>utf8 big5>gbk",22,"foreign"],["艒贸","win1252>latin1 win1252>gbk",22,"foreign"],["艒贸","win1252>latin1 latin1>gbk",22,"foreign"],["艒贸","win1252>win1250 win1250>gbk",22,"foreign"],["艔贸","win1252>latin1 win1252>gbk",22,"foreign"],["艔贸","win1252>latin1 latin1>gbk",22,"foreign"],["艔贸","win1252>win1250 win1250>gbk",22,"foreign"],["艕贸","win1252>latin1 win1252>gbk",22,"foreign"],["艕贸","win1252>latin1 latin1>gbk",22,"foreign"],["艥贸","win1252>latin1 win1252>gbk",22,"foreign"],["艥贸","win1252>latin1 latin1>gbk",22,"foreign"],["艥贸","win1252>win1250 win1250>gbk",22,"foreign"]],[]],[6,8,"Åº",false,true,[["ź","win1252>utf8",5.5,"latin"],["ź","latin1>utf8",5.5,"latin"],["ź","win1252>win1250 win1250>utf8",5,"latin"],["ź","win1252>gbk gbk>utf8",5,"latin"],["ź","win1252>big5 big5>utf8",5,"latin"],["ź","latin1>win1250 win1250>utf8",5,"latin"],["ź","latin1>gbk gbk>utf8",5,"latin"],["ź","latin1>big5 big5>utf8",5,"latin"],["藕","win1252>gbk",1.5,"foreign"],["驕","win1252>big5",1.5,"foreign"],["藕","latin1>gbk",1.5,"foreign"],["驕","latin1>big5",1.5,"foreign"]],[]]],"choices":[[1,5,"Łó","win1252>utf8"],[6,8,"ź","win1252>utf8"]],"edits":[[1,5,"Łó"],[6,8,"ź"]]});
  });
  it("finds nothing to read in typographic marks around an en dash read as windows-1252", () => {
    const text = `“${m("–", "utf8", "win1252")}”`;
    expect(text).toBe("“â€“”");
    expect(view(text)).toEqual({"runs":[[0,5,"“â€“”",false,false,[],[]]],"choices":[],"edits":[]});
  });
});

describe("readRuns: readings in place and the swallowed trail byte", () => {
  it("reads Big5 quotation marks read as latin1, with the opening mark's trail byte swallowed", () => {
    const text = m("“soft”", "big5", "latin1");
    expect(text).toBe("¡§soft¡¨");
    expect(view(text)).toEqual({"runs":[[0,2,"¡§",false,false,[["“","win1252>big5",7.2,"latin"],["“","latin1>big5",7.2,"latin"],["“","win1252>win1250 win1250>big5",6.7,"latin"],["“","win1252>gbk gbk>big5",6.7,"latin"],["“","latin1>win1250 win1250>big5",6.7,"latin"],["“","latin1>gbk gbk>big5",6.7,"latin"],["ÆØ","win1252>gbk big5>win1252",3,"latin"],["ÆØ","win1252>gbk big5>latin1",3,"latin"],["ĆŘ","win1252>gbk big5>win1250",3,"latin"],["曝","win1252>gbk big5>gbk",3,"foreign"],["ÆØ","latin1>gbk big5>win1252",3,"latin"],["ÆØ","latin1>gbk big5>latin1",3,"latin"],["ĆŘ","latin1>gbk big5>win1250",3,"latin"],["曝","latin1>gbk big5>gbk",3,"foreign"],["＞”","win1252>win1250 big5>gbk",2.7,"foreign"],["＞”","latin1>win1250 big5>gbk",2.7,"foreign"],["¨","win1252>gbk",2.5,"latin"],["¨","latin1>gbk",2.5,"latin"],["¨","win1252>win1250 win1250>gbk",2,"latin"],["※","win1252>big5 gbk>big5",2,"latin"],["¨","win1252>big5 big5>gbk",2,"latin"],["¨","latin1>win1250 win1250>gbk",2,"latin"],["※","latin1>big5 gbk>big5",2,"latin"],["¨","latin1>big5 big5>gbk",2,"latin"]],[["“s","win1252>big5",9.2,"latin"],["“s","latin1>big5",9.2,"latin"],["¨s","win1252>gbk",4.5,"latin"],["¨s","latin1>gbk",4.5,"latin"]]],[6,8,"¡¨",false,true,[["”","win1252>big5",7.2,"latin"],["”","latin1>big5",7.2,"latin"],["”","win1252>win1250 win1250>big5",6.7,"latin"],["”","win1252>gbk gbk>big5",6.7,"latin"],["”","latin1>win1250 win1250>big5",6.7,"latin"],["”","latin1>gbk gbk>big5",6.7,"latin"],["’“","win1252>win1250 gbk>big5",6.4,"latin"],["’“","latin1>win1250 gbk>big5",6.4,"latin"],["〃","win1252>gbk",3.5,"foreign"],["〃","latin1>gbk",3.5,"foreign"],["〃","win1252>win1250 win1250>gbk",3,"foreign"],["〔","win1252>gbk big5>gbk",3,"foreign"],["〃","win1252>big5 big5>gbk",3,"foreign"],["〃","latin1>win1250 win1250>gbk",3,"foreign"],["〔","latin1>gbk big5>gbk",3,"foreign"],["〃","latin1>big5 big5>gbk",3,"foreign"],["§","win1252>big5 gbk>big5",2,"latin"],["§","latin1>big5 gbk>big5",2,"latin"]],[]]],"choices":[[0,3,"“s","win1252>big5"],[6,8,"”","win1252>big5"]],"edits":[[0,3,"“s"],[6,8,"”"]]});
  });
  it("keeps the Latin readings of a Big5 word read as windows-1250 inside a word, in order", () => {
    const text = `The ${m("博彩", "big5", "win1250")} met`;
    expect(text).toBe("The łŐ±m met");
    expect(view(text)).toEqual({"runs":[[5,7,"Ő±",true,true,[["—Y","win1250>big5 gbk>win1252",4.7,"latin"],["—Y","win1250>big5 gbk>win1250",4.7,"latin"],["ýo","win1250>gbk big5>win1252",4,"latin"],["ýo","win1250>gbk big5>latin1",4,"latin"],["ýo","win1250>gbk big5>win1250",4,"latin"],["ձ","win1250>utf8",2.5,"foreign"],["ձ","win1250>win1252 win1252>utf8",2,"foreign"],["ձ","win1250>win1252 latin1>utf8",2,"foreign"],["ձ","win1250>latin1 win1252>utf8",2,"foreign"],["ձ","win1250>latin1 latin1>utf8",2,"foreign"],["ձ","win1250>gbk gbk>utf8",2,"foreign"],["ձ","win1250>big5 big5>utf8",2,"foreign"],["毡","win1250>gbk",1.5,"foreign"],["梇","win1250>big5",1.5,"foreign"]],[]]],"choices":[[5,7,"ձ","win1250>utf8"]],"edits":[]});
  });
  it("reads a Big5 letter read as latin1 (a C1 control and an ASCII letter) only with its trail byte, in quotation marks", () => {
    const text = `“${m("é", "big5", "latin1")}”`;
    expect(text).toBe("“\u0088m”");
    expect(view(text)).toEqual({"runs":[[0,2,"“\u0088",false,false,[["搱","win1250>gbk",15.8,"foreign"],["搱","win1250>win1252 win1252>gbk",15.3,"foreign"],["“ˆ","win1250>win1252",14.5,"latin"],["“ˆ","win1250>gbk gbk>win1252",14,"latin"],["¨瀑","win1250>win1252 big5>gbk",12.3,"foreign"]],[]],[3,4,"”",false,true,[],[]]],"choices":[[0,2,"搱","win1250>gbk"]],"edits":[]});
  });
  it("reads a Big5 word read as latin1 whose bytes include '[' and two C1 controls", () => {
    const text = `“${m("Élysée", "big5", "latin1")}”`;
    expect(text).toBe("“\u0088[lys\u0088me”");
    expect(view(text)).toEqual({"runs":[[0,2,"“\u0088",false,false,[["“ˆ","win1250>win1252",16.5,"latin"],["“ˆ","win1250>gbk gbk>win1252",16,"latin"],["搱","win1250>gbk",15.8,"foreign"],["搱","win1250>win1252 win1252>gbk",15.3,"foreign"],["¨瀑","win1250>win1252 big5>gbk",12.3,"foreign"]],[]],[6,7,"\u0088",true,true,[["瀑","latin1>win1252 big5>gbk",15,"foreign"],["瀑","win1250>win1252 big5>gbk",15,"foreign"],["ˆ","latin1>win1252",14.5,"latin"],["ˆ","win1250>win1252",14.5,"latin"],["ÆÙ","latin1>win1252 big5>win1252",12,"latin"],["ÆÙ","latin1>win1252 big5>latin1",12,"latin"],["ĆŮ","latin1>win1252 big5>win1250",12,"latin"],["ÆÙ","win1250>win1252 big5>win1252",12,"latin"],["ÆÙ","win1250>win1252 big5>latin1",12,"latin"],["ĆŮ","win1250>win1252 big5>win1250",12,"latin"]],[["é","latin1>big5",18.5,"latin"],["é","win1250>big5",18.5,"latin"]]],[9,10,"”",false,true,[],[]]],"choices":[[0,2,"搱","win1250>gbk"],[6,8,"é","latin1>big5"]],"edits":[[6,8,"é"]]});
  });
  it("extends a Big5 word read as windows-1250 over the trail letter of its last character only", () => {
    const text = `the${m("网站", "big5", "win1250")}s x`;
    expect(text).toBe("theĘIŻ¸s x");
    expect(view(text)).toEqual({"runs":[[3,4,"Ę",true,true,[],[]],[5,7,"Ż¸",true,true,[["վ","win1250>big5 gbk>utf8",2,"foreign"],["站","win1250>big5",1.5,"foreign"]],[["站s","win1250>big5",3.5,"foreign"]]]],"choices":[[5,7,"վ","win1250>big5 gbk>utf8"]],"edits":[]});
  });
  it("reads a Big5 letter read as latin1 glued to a capitalised word", () => {
    const text = `${m("Chargé", "big5", "latin1")}Ab`;
    expect(text).toBe("Charg\u0088mAb");
    expect(view(text)).toEqual({"runs":[[5,6,"\u0088",true,true,[["瀑","latin1>win1252 big5>gbk",15,"foreign"],["瀑","win1250>win1252 big5>gbk",15,"foreign"],["ˆ","latin1>win1252",14.5,"latin"],["ˆ","win1250>win1252",14.5,"latin"],["ÆÙ","latin1>win1252 big5>win1252",12,"latin"],["ÆÙ","latin1>win1252 big5>latin1",12,"latin"],["ĆŮ","latin1>win1252 big5>win1250",12,"latin"],["ÆÙ","win1250>win1252 big5>win1252",12,"latin"],["ÆÙ","win1250>win1252 big5>latin1",12,"latin"],["ĆŮ","win1250>win1252 big5>win1250",12,"latin"]],[["é","latin1>big5",15.5,"latin"],["é","win1250>big5",15.5,"latin"]]]],"choices":[[5,6,"瀑","latin1>win1252 big5>gbk"]],"edits":[]});
  });
  it("reads guillemets read as latin1 inside a word as characters of another script, extended over the next letter", () => {
    const text = `the${m("«oui»", "utf8", "latin1")}s x`;
    expect(text).toBe("theÂ«ouiÂ»s x");
    expect(view(text)).toEqual({"runs":[[3,5,"Â«",true,true,[["芦","win1252>gbk",1.5,"foreign"],["竄","win1252>big5",1.5,"foreign"],["芦","latin1>gbk",1.5,"foreign"],["竄","latin1>big5",1.5,"foreign"],["芦","win1250>gbk",1.5,"foreign"],["竄","win1250>big5",1.5,"foreign"]],[]],[8,10,"Â»",true,true,[["禄","win1252>gbk",1.5,"foreign"],["罈","win1252>big5",1.5,"foreign"],["禄","latin1>gbk",1.5,"foreign"],["罈","latin1>big5",1.5,"foreign"],["禄","win1250>gbk",1.5,"foreign"],["罈","win1250>big5",1.5,"foreign"]],[["禄s","win1252>gbk",3.5,"foreign"],["罈s","win1252>big5",3.5,"foreign"],["禄s","latin1>gbk",3.5,"foreign"],["罈s","latin1>big5",3.5,"foreign"],["禄s","win1250>gbk",3.5,"foreign"],["罈s","win1250>big5",3.5,"foreign"]]]],"choices":[[3,5,"芦","win1252>gbk"],[8,11,"禄s","win1252>gbk"]],"edits":[]});
  });
});

describe("chooseReadings: the margin of a reading in another script", () => {
  it("prefers a reading in another script over a Latin one that its context penalises", () => {
    const text = `${m("’s", "utf8", "gbk")}Ab`;
    expect(text).toBe("鈥檚Ab");
    expect(view(text)).toEqual({"runs":[[0,2,"鈥檚",false,false,[["’s","gbk>utf8",5.2,"latin"],["’s","gbk>win1252 win1252>utf8",4.7,"latin"],["’s","gbk>win1252 win1250>utf8",4.7,"latin"],["’s","gbk>win1250 win1252>utf8",4.7,"latin"],["’s","gbk>win1250 win1250>utf8",4.7,"latin"],["＊s","gbk>utf8 gbk>big5",3,"foreign"]],[]]],"choices":[[0,2,"＊s","gbk>utf8 gbk>big5"]],"edits":[]});
  });
  it("leaves a CJK run read back as Latin at a word's end to the injection detector", () => {
    const text = `a${m("平台", "gbk", "big5")}`;
    expect(text).toBe("aⅸ怢");
    expect(view(text)).toEqual({"runs":[[1,3,"ⅸ怢",false,true,[["ƽ̨","big5>utf8",19.5,"latin"],["ƽ̨","big5>win1252 win1252>utf8",19,"latin"],["ƽ̨","big5>win1252 latin1>utf8",19,"latin"],["ƽ̨","big5>latin1 win1252>utf8",19,"latin"],["ƽ̨","big5>latin1 latin1>utf8",19,"latin"],["ƽ̨","big5>win1250 win1250>utf8",19,"latin"],["ƽ̨","big5>gbk gbk>utf8",19,"latin"],["平台","big5>gbk",15.5,"foreign"],["平台","big5>win1252 win1252>gbk",15,"foreign"],["平台","big5>win1252 latin1>gbk",15,"foreign"],["平台","big5>latin1 win1252>gbk",15,"foreign"],["平台","big5>latin1 latin1>gbk",15,"foreign"],["平台","big5>win1250 win1250>gbk",15,"foreign"]],[]]],"choices":[],"edits":[]});
  });
});

describe("readRuns: runs joined when the whole reads in another script", () => {
  it("joins a Big5 token split by a '^' trail byte when the whole reads in another script like one of its parts, though the parts' gains add up to more", () => {
    const text = `the ${m("霆叶鷊", "big5", "latin1")} x`;
    expect(text).toBe("the ¾^úíö· x");
    expect(view(text)).toEqual({"runs":[[4,10,"¾^úíö·",false,false,[["霆叶鷊","win1252>big5",4.5,"foreign"],["霆叶鷊","latin1>big5",4.5,"foreign"],["霆叶鷊","win1252>win1250 win1250>big5",4,"foreign"],["鰝珔儁","win1252>big5 gbk>big5",4,"foreign"],["霆叶鷊","latin1>win1250 win1250>big5",4,"foreign"],["鰝珔儁","latin1>big5 gbk>big5",4,"foreign"]],[]]],"choices":[[4,10,"霆叶鷊","win1252>big5"]],"edits":[]});
  });
});


describe("readRuns: a GBK character whose lead byte is a C1 control", () => {
  it("reads a GBK character read as latin1 (a C1 control and '@') with its trail byte, in quotation marks", () => {
    const text = `“${m("丂", "gbk", "latin1")}”`;
    expect(text).toBe("“\u0081@”");
    expect(view(text)).toEqual({"runs":[[0,2,"“\u0081",false,false,[["ݵ","win1252>gbk big5>utf8",16.3,"foreign"],["ݵ","win1250>gbk big5>utf8",16.3,"foreign"],["搧","win1252>gbk",15.8,"foreign"],["搧","win1250>gbk",15.8,"foreign"],["莸","win1252>gbk big5>gbk",15.3,"foreign"],["莸","win1250>gbk big5>gbk",15.3,"foreign"],["Ýµ","win1252>gbk big5>win1252",13.3,"latin"],["Ýµ","win1252>gbk big5>latin1",13.3,"latin"],["Ýµ","win1252>gbk big5>win1250",13.3,"latin"],["Ýµ","win1250>gbk big5>win1252",13.3,"latin"],["Ýµ","win1250>gbk big5>latin1",13.3,"latin"],["Ýµ","win1250>gbk big5>win1250",13.3,"latin"]],[["搧@","win1252>gbk",15.8,"foreign"],["搧@","win1250>gbk",15.8,"foreign"]]],[3,4,"”",false,false,[],[]]],"choices":[[0,2,"ݵ","win1252>gbk big5>utf8"]],"edits":[]});
  });
  it("reads the same character with its trail byte at the end of the text", () => {
    const text = m("丂", "gbk", "latin1");
    expect(text).toBe("\u0081@");
    expect(view(text)).toEqual({"runs":[[0,1,"\u0081",false,false,[],[["丂","win1252>gbk",15.5,"foreign"],["丂","latin1>gbk",15.5,"foreign"],["丂","win1250>gbk",15.5,"foreign"]]]],"choices":[[0,2,"丂","win1252>gbk"]],"edits":[]});
  });
  it("chooses per run in a sentence of several runs mis-decoded in different ways", () => {
    const text = `The ${m("Łódź", "gbk", "big5")} and ${m("d’Ivoire", "gbk", "latin1")} met in ${m("新闻", "utf8", "latin1")}x`;
    expect(text).toBe("The ?車d? and d¡¯Ivoire met in æ\u0096°é\u0097»x");
    expect(view(text)).toEqual({"runs":[[5,6,"車",false,false,[["ó","big5>gbk",2.5,"latin"],["ó","big5>win1252 win1252>gbk",2,"latin"],["ó","big5>win1252 latin1>gbk",2,"latin"],["ó","big5>win1252 win1250>gbk",2,"latin"],["ó","big5>latin1 win1252>gbk",2,"latin"],["ó","big5>latin1 latin1>gbk",2,"latin"],["ó","big5>latin1 win1250>gbk",2,"latin"],["ó","big5>win1250 win1252>gbk",2,"latin"],["ó","big5>win1250 latin1>gbk",2,"latin"],["ó","big5>win1250 win1250>gbk",2,"latin"]],[]],[14,16,"¡¯",true,true,[["’","win1252>gbk",7.2,"latin"],["’","latin1>gbk",7.2,"latin"],["’","win1252>win1250 win1250>gbk",6.7,"latin"],["’","win1252>big5 big5>gbk",6.7,"latin"],["’","latin1>win1250 win1250>gbk",6.7,"latin"],["’","latin1>big5 big5>gbk",6.7,"latin"],["＊","win1252>big5",3.5,"foreign"],["＊","latin1>big5",3.5,"foreign"],["＊","win1252>win1250 win1250>big5",3,"foreign"],["＊","win1252>gbk gbk>big5",3,"foreign"],["ㄙ","win1252>big5 gbk>big5",3,"foreign"],["＊","latin1>win1250 win1250>big5",3,"foreign"],["＊","latin1>gbk gbk>big5",3,"foreign"],["ㄙ","latin1>big5 gbk>big5",3,"foreign"],["ˇ","win1252>gbk big5>gbk",2,"latin"],["ˇ","latin1>gbk big5>gbk",2,"latin"]],[["’I","win1252>gbk",9.2,"latin"],["’I","latin1>gbk",9.2,"latin"]]],[30,36,"æ\u0096°é\u0097»",false,false,[["新闻","latin1>utf8",51.5,"foreign"],["新闻","latin1>win1252 win1252>utf8",51,"foreign"],["新闻","latin1>win1250 win1250>utf8",51,"foreign"],["新闻","latin1>gbk gbk>utf8",51,"foreign"],["陔恓","latin1>utf8 gbk>big5",49,"foreign"],["鏂伴椈","latin1>gbk",45.5,"foreign"],["鏂伴椈","latin1>win1252 win1252>gbk",45,"foreign"],["鏂伴椈","latin1>win1250 win1250>gbk",45,"foreign"],["骳︸倬","latin1>gbk big5>gbk",45,"foreign"]],[]]],"choices":[[14,17,"’I","latin1>gbk"],[30,36,"新闻","latin1>utf8"]],"edits":[[14,17,"’I"]]});
  });
});


describe("readRuns: a run trimmed at its end", () => {
  it("keeps a UTF-8 word read as GBK whole: neither end is a genuine Latin letter or mark", () => {
    const text = `The ${m("中文", "utf8", "gbk")} met`;
    expect(text).toBe("The 涓\ue15f枃 met");
    expect(view(text)).toEqual({"runs":[[4,7,"涓\ue15f枃",false,false,[],[]]],"choices":[],"edits":[]});
  });
});


// The tie-breakers on runs built by hand: each case gives readings whose gains and chains make exactly one rule decide.
const reading = (text: string, chain: string, gain: number, nature: Reading["nature"] = "latin"): Reading => ({ text, chain: chain.split(" "), gain, nature });
const run = (s: number, text: string, readings: Reading[], more: Partial<ReadRun> = {}): ReadRun => ({ s, e: s + text.length, text, readings, extended: [], inWord: true, letterBefore: true, ...more });
const picks = (runs: ReadRun[]) => [...chooseReadings(runs)].map(([r, c]) => [r.s, c.e, c.reading.text, c.reading.chain.join(" ")]);

describe("chooseReadings: tie-breakers", () => {
  it("between readings as good and as common, prefers a single-byte decoder's for a run without CJK (the prior)", () => {
    const gbkFirst = reading("é", "gbk>big5", 3);
    const singleByte = reading("è", "win1252>utf8", 3);
    expect(picks([run(0, "Ã¨", [gbkFirst, singleByte])])).toEqual([[0, 2, "è", "win1252>utf8"]]);
    expect(picks([run(0, "Ã¨", [reading("é", "big5>gbk", 3), singleByte])])).toEqual([[0, 2, "è", "win1252>utf8"]]);
    // a run with a CJK character may come from GBK/Big5 as well: the first stays
    expect(picks([run(0, "鈥檚", [gbkFirst, singleByte])])).toEqual([[0, 2, "é", "gbk>big5"]]);
    // two single-byte readings, or two multi-byte ones: the first stays
    expect(picks([run(0, "Ã¨", [reading("é", "latin1>utf8", 3), singleByte])])).toEqual([[0, 2, "é", "latin1>utf8"]]);
    expect(picks([run(0, "Ã¨", [gbkFirst, reading("è", "big5>utf8", 3)])])).toEqual([[0, 2, "é", "gbk>big5"]]);
    // the prior breaks ties of gain only: a better reading keeps its place
    expect(picks([run(0, "Ã¨", [reading("é", "gbk>big5", 3.2), reading("è", "win1252>utf8", 3.1)])])).toEqual([[0, 2, "é", "gbk>big5"]]);
    // ... even when another run makes the two chains weigh the same (3.5 each)
    expect(picks([run(0, "Ã¨", [reading("é", "gbk>big5", 3.5), reading("è", "win1252>utf8", 3)]), run(10, "Ã¨", [reading("ü", "win1252>utf8", 0.5)])])).toEqual([
      [0, 2, "é", "gbk>big5"],
      [10, 12, "ü", "win1252>utf8"],
    ]);
  });
  it("counts a chain once per run, even when it reads both the run and the run extended", () => {
    const r = run(0, "Ã¨", [reading("ó", "win1252>big5", 5), reading("è", "win1252>gbk", 4)], { extended: [reading("èx", "win1252>gbk", 4)] });
    expect(picks([r])).toEqual([[0, 2, "ó", "win1252>big5"]]);
  });
  it("prefers the chain with the most weight in the document among readings within 3 of the best, 3 included", () => {
    const a = run(0, "Ã¨", [reading("ó", "win1252>big5", 6), reading("è", "win1252>gbk", 3)]);
    const b = run(10, "Ã¨", [reading("è", "win1252>gbk", 3.5)]);
    expect(picks([a, b])).toEqual([
      [0, 2, "è", "win1252>gbk"],
      [10, 12, "è", "win1252>gbk"],
    ]);
    // more than 3 below the best: not a candidate, however common
    const c = run(0, "Ã¨", [reading("ó", "win1252>big5", 6.1), reading("è", "win1252>gbk", 3)]);
    expect(picks([c, b])).toEqual([
      [0, 2, "ó", "win1252>big5"],
      [10, 12, "è", "win1252>gbk"],
    ]);
  });
  it("between chains of equal weight, prefers the better reading", () => {
    // "b" outweighs "a" (the best); "c" weighs as much as "b" and reads better
    const r = run(0, "Ã¨", [reading("a", "win1252>utf8", 6), reading("b", "latin1>utf8", 5), reading("c", "win1250>utf8", 5.5)]);
    const others = [run(10, "Ã¨", [reading("b", "latin1>utf8", 2.5)]), run(20, "Ã¨", [reading("c", "win1250>utf8", 2)])];
    expect(picks([r, ...others])[0]).toEqual([0, 2, "c", "win1250>utf8"]);
    // the first of two best readings is the starting point, not the last
    expect(picks([run(0, "Ã¨", [reading("a", "win1252>utf8", 6), reading("z", "gbk>utf8", 2)])])).toEqual([[0, 2, "a", "win1252>utf8"]]);
  });
  it("gives a Latin reading up for one in another script within 2.5 of it, not at exactly 2.5", () => {
    const latin = reading("è", "win1252>utf8", 5);
    expect(picks([run(0, "Ã¨", [latin, reading("一", "win1252>gbk", 2.6, "foreign")])])).toEqual([[0, 2, "一", "win1252>gbk"]]);
    expect(picks([run(0, "Ã¨", [latin, reading("一", "win1252>gbk", 2.5, "foreign")])])).toEqual([[0, 2, "è", "win1252>utf8"]]);
  });
  it("repairs CJK read back as Latin at a word's edge only with another run's support of at least 1.5", () => {
    const edge = (s: number) => run(s, "鈥檚", [reading("’s", "gbk>utf8", 5.2)], { inWord: false, letterBefore: false });
    const support = (gain: number) => run(20, "Ã¨", [reading("è", "gbk>utf8", gain)]);
    expect(picks([edge(0)])).toEqual([]);
    expect(picks([edge(0), support(1.5)])).toEqual([
      [0, 2, "’s", "gbk>utf8"],
      [20, 22, "è", "gbk>utf8"],
    ]);
    expect(picks([edge(0), support(1.4)])).toEqual([[20, 22, "è", "gbk>utf8"]]);
    // a letter before and a reading that ends in a letter: inside a word
    expect(picks([run(0, "鈥檚", [reading("’s", "gbk>utf8", 5.2)], { inWord: false, letterBefore: true })])).toEqual([[0, 2, "’s", "gbk>utf8"]]);
    expect(picks([run(0, "鈥檚", [reading("s’", "gbk>utf8", 5.2)], { inWord: false, letterBefore: true })])).toEqual([]);
  });
});

describe("detectMojibake: edits in text order", () => {
  it("returns the edits sorted by start whatever the order of the runs", () => {
    const text = misdecode("Côte and Zürich", "utf8", "win1252");
    const runs = readRuns(text);
    expect(detectMojibake(text, [...runs].reverse()).map((x) => [x.s, x.e, x.after])).toEqual([
      [1, 3, "ô"],
      [11, 13, "ü"],
    ]);
  });
});
