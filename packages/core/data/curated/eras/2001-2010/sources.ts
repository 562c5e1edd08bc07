// Sources of the meetings of 2001-2010: cited by address with a locator, never copied; the copy read is
// recorded on its location (`copy`: SHA-256, length, date). The excerpts themselves are kept outside git
// (/work/pages/<page-id>.txt, one per source, listed in /work/pages/<page-id>.json under `source`).
// Each source's `defects` describe the damage of the copy read (their offsets are in the page's .json).
import type { DatasetInput } from "../../../../src/schemas";

export const sources: DatasetInput["sources"] = [
  {
    id: "unnews-2001-10-04-greenstock-named-chair",
    title: "UK Ambassador named chair of Security Council committee on terrorism",
    kind: "news-article",
    publisher: "united-nations",
    published: "2001-10-04",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://news.un.org/en/story/2001/10/16422",
        status: "verified",
        copy: {
          sha256: "bfe7cf293af0c033c3c629cc0f9df3b322674d217571dd651f87191fc45a378c",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The site's tagline stands before the headline; it is not part of the article."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated."
      },
      {
        kind: "orphaned-caption",
        description: "A photo caption stands alone where the photo was."
      },
      {
        kind: "orphaned-caption",
        description: "A second photo caption stands alone between paragraphs."
      },
      {
        kind: "typo",
        description: "“liase” is a slip for “liaise”."
      },
      {
        kind: "unbalanced-quotes",
        description: "The last quotation is opened and never closed: the excerpt ends inside it."
      }
    ]
  },
  {
    id: "un-press-2001-11-12-sc7207",
    title: "SECURITY COUNCIL CALLS ON ALL STATES TO INTENSIFY EFFORTS TO ELIMINATE INTERNATIONAL TERRORISM",
    kind: "press-release",
    publisher: "united-nations",
    published: "2001-11-12",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://press.un.org/en/2001/sc7207.doc.htm",
        status: "verified",
        copy: {
          sha256: "82eae8e3e92e17440a72be5b281c79c6bb1658ac50734d7d33c771e62ac756a1",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A site banner stands before the release symbol."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated, broken over two lines, after the meeting number."
      }
    ]
  },
  {
    id: "un-press-2002-01-18-sc7276",
    title: "Council Hears over 40 Speakers; Committee Chairman Says Aim Is to Upgrade Government Performance against Terrorism",
    kind: "press-release",
    publisher: "united-nations",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "http://www.un.org/News/Press/docs/2002/SC7276.doc.htm",
        status: "verified",
        copy: {
          sha256: "0243c26fbd0f825c56e644382a6b957a17ee729c62e51a805109346f0a11a20a",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [],
    note: "Press release SC/7276 (4453rd meeting); the excerpt begins with the subheadings, the main headline is not in it."
  },
  {
    id: "unnews-2002-01-18-council-hears-ctc-chair",
    title: "Security Council hears report by chair of UN counter-terrorism committee",
    kind: "news-article",
    publisher: "united-nations",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://news.un.org/en/story/2002/01/25532",
        status: "verified",
        copy: {
          sha256: "7027a142c9db6ec50f360b8b4b1559f86095c69080e3f43929ee199f3f1d10ae",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A navigation link stands before the headline."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated."
      },
      {
        kind: "orphaned-caption",
        description: "A photo caption stands alone before the first paragraph."
      },
      {
        kind: "lost-characters",
        description: "The paragraph ends without its full stop."
      }
    ]
  },
  {
    id: "ielr-2002-03-01-council-hears-ctc-progress",
    title: "UN Security Council Hears Progress of Counter-Terrorism Committee",
    kind: "third-party-report",
    published: "2002-03-01",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "http://www.ielr.com/content/un-security-council-hears-progress-counter-terrorism-committee",
        status: "verified",
        copy: {
          sha256: "61acb203350f623b3d62538b8db18cfa1548f5f079b318ee10e9310facf0a7de",
          bytes: 1356,
          retrieved: "2026-12-02",
          extent: "full"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A paywall notice stands between the headline and the article."
      }
    ]
  },
  {
    id: "unis-2002-10-07-sc7522",
    title: "Secretary General, Chairman of Counter-Terrorism Committee Address Meeting; Several Speakers Stress Need to Address Terrorism’s Root Causes",
    kind: "press-release",
    publisher: "united-nations",
    published: "2002-10-07",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://unis.unvienna.org/unis/en/pressrels/2002/sc7522.html",
        status: "verified",
        note: "UN Information Service Vienna’s reissue of the Headquarters release.",
        copy: {
          sha256: "8c56fdae6c2201a7bf10d2203d3a554783a29b14d04f4c54117aed30201ba079",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      },
      {
        role: "official",
        url: "https://press.un.org/en/2002/sc7522.doc.htm",
        status: "inferred",
        confidence: 0.7,
        note: "Inferred from the release symbol and the address pattern of press.un.org; not seen."
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A section label of the UN Information Service site stands before the date."
      }
    ]
  },
  {
    id: "archive-2002-10-04-spv4618",
    title: "S/PV.4618: Security Council, 4618th meeting, Friday, 4 October 2002 (provisional verbatim record)",
    kind: "report",
    publisher: "un-security-council",
    published: "2002-10-04",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://archive.org/",
        status: "verified",
        note: "The search service gave the archive’s home page as the address, not the item’s.",
        copy: {
          sha256: "e226e204fa6da5aebf89b1fb6e5d3846f05bae4389a9c52e40486aecb61a4254",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The document's job number and barcode line stand between the cover page and the record."
      },
      {
        kind: "markup-removed",
        description: "The page layout split the meeting number from its ordinal suffix (“4618th meeting”)."
      }
    ]
  },
  {
    id: "shlfme-2002-10-04-ctc-key-tool",
    title: "UN CounterTerrorism Committee key tool in fighting menace Chairman says",
    kind: "news-article",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://www.shlfme.com/maurice7612",
        status: "verified",
        note: "A copy of the document published on another site.",
        copy: {
          sha256: "f1f1ea45faab2b74aa22a8501c2bf0f7841a479f04294488d5a6012cd08584fd",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "lost-characters",
        description: "The headline lost its punctuation: a hyphen in “Counter-Terrorism” and the mark before “Chairman says”."
      },
      {
        kind: "unbalanced-quotes",
        description: "The last quotation is opened and never closed: the excerpt ends inside it."
      }
    ],
    note: "A copy of a UN News story on an unrelated site; the story's own address and date are not given."
  },
  {
    id: "unis-2003-01-21-sc7638",
    title: "Ministerial-Level Security Council Meeting Calls for Urgent Action to Prevent, Suppress All Support for Terrorism",
    kind: "press-release",
    publisher: "united-nations",
    published: "2003-01-21",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://unis.unvienna.org/unis/en/pressrels/2003/sc7638.html",
        status: "verified",
        note: "UN Information Service Vienna’s reissue of the Headquarters release.",
        copy: {
          sha256: "60a4d2a7442ef4f70ba4496a8d6ce04e2b22c6a09993bac187a3d09f67ef227f",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      },
      {
        role: "official",
        url: "https://press.un.org/en/2003/sc7638.doc.htm",
        status: "inferred",
        confidence: 0.7,
        note: "Inferred from the release symbol and the address pattern of press.un.org; not seen."
      }
    ],
    defects: []
  },
  {
    id: "unis-2003-02-21-sc7667",
    title: "UN Action Against Global Terrorist Threat, Strengthened Future Steps Focus of Security Council Debate",
    kind: "press-release",
    publisher: "united-nations",
    published: "2003-02-21",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://unis.unvienna.org/unis/en/pressrels/2003/sc7667.html",
        status: "verified",
        note: "UN Information Service Vienna’s reissue of the Headquarters release.",
        copy: {
          sha256: "d0bff3edd82b22d9a514941caa38cf608ccc162410d78a0e397efa1b9485b957",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      },
      {
        role: "official",
        url: "https://press.un.org/en/2003/sc7667.doc.htm",
        status: "inferred",
        confidence: 0.7,
        note: "Inferred from the release symbol and the address pattern of press.un.org; not seen."
      }
    ],
    defects: [
      {
        kind: "date-mismatch",
        description: "The Chair announces the Committee's meeting with organizations for 7 March; it took place on 6 March 2003."
      }
    ]
  },
  {
    id: "unnews-2003-02-20-three-point-action-plan",
    title: "UN anti-terrorism panel agrees on three-point action plan",
    kind: "news-article",
    publisher: "united-nations",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://news.un.org/en/story/2003/02/59772-un-anti-terrorism-panel-agrees-three-point-action-plan",
        status: "verified",
        copy: {
          sha256: "5330f182acd276d5f48bbde63be1fa04229d00bb6d6c56723971d9112e3449e2",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A navigation link stands before the headline."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated."
      },
      {
        kind: "orphaned-caption",
        description: "A photo caption stands alone before the first paragraph."
      },
      {
        kind: "date-mismatch",
        description: "The special meeting is announced for 7 March; it took place on 6 March 2003."
      }
    ]
  },
  {
    id: "unis-2003-03-04-note5777",
    title: "Note to Correspondents No. 5777",
    kind: "press-release",
    publisher: "united-nations",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://unis.unvienna.org/unis/en/pressrels/2003/note5777.html",
        status: "verified",
        note: "UN Information Service Vienna’s reissue of the Headquarters release.",
        copy: {
          sha256: "c150e91bce8edff042134ee67cd31c4d87102c66d13bf00b280ea9bc9b001411",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      },
      {
        role: "official",
        url: "https://press.un.org/en/2003/note5777.doc.htm",
        status: "inferred",
        confidence: 0.6,
        note: "Inferred from the release symbol and the address pattern of press.un.org; not seen."
      }
    ],
    defects: [],
    note: "A note dated 4 March 2003 (dateline 3 March), announcing the meeting of 6 March; its date is kept here rather than as the publication date because the source precedes the meeting it describes."
  },
  {
    id: "unis-2003-03-07-sc7679",
    title: "Special Meeting of Security Council's Counter-Terrorism Committee Hears Call for Systematic International, Regional Cooperation",
    kind: "press-release",
    publisher: "united-nations",
    published: "2003-03-07",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://unis.unvienna.org/unis/en/pressrels/2003/sc7679.html",
        status: "verified",
        note: "UN Information Service Vienna’s reissue of the Headquarters release.",
        copy: {
          sha256: "1dfa9c5a0c79e5de799ba3e160994722fae7d384886eaa8e41694dae200dba3c",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      },
      {
        role: "official",
        url: "https://press.un.org/en/2003/sc7679.doc.htm",
        status: "inferred",
        confidence: 0.7,
        note: "Inferred from the release symbol and the address pattern of press.un.org; not seen."
      }
    ],
    defects: []
  },
  {
    id: "unnews-2003-03-06-global-cooperation",
    title: "Security Council steps up global cooperation against terrorism",
    kind: "news-article",
    publisher: "united-nations",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://news.un.org/en/story/2003/03/61202",
        status: "verified",
        copy: {
          sha256: "c5d661f090ac62e088714b71946a2bcee2be307f2f9fe241391a07aa86b6625a",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The site's tagline stands before the headline."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated."
      },
      {
        kind: "typo",
        description: "A word is missing: “as part of the effort”."
      }
    ]
  },
  {
    id: "ctc-cooperation-with-organizations",
    title: "Cooperation with international, regional and subregional organizations",
    kind: "listing",
    publisher: "ctc",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "http://www.un.org/en/sc/ctc/cooperation.html",
        status: "verified",
        copy: {
          sha256: "18c0c24450e5307267e5aa10239f8933cc882233c5e7b90d94e9a51b7600bcdf",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: []
  },
  {
    id: "un-press-2003-04-04-sc7718",
    title: "OUTGOING CHAIR OF SECURITY COUNCIL’S COUNTER-TERRORISM COMMITTEE SAYS UNITED NATIONS NOW CENTRE OF GLOBAL ANTI-TERRORISM NETWORK",
    kind: "press-release",
    publisher: "united-nations",
    published: "2003-04-04",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://www.un.org/press/en/2003/sc7718.doc.htm",
        status: "verified",
        copy: {
          sha256: "b0b266b10944f7d9cb861e4a9ea0cf02e4975ceb8d9ccd6ac1912073042f688a",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "duplicate-text",
        description: "The headline is repeated, broken over two lines, after the meeting number."
      },
      {
        kind: "typo",
        description: "An en dash and a hyphen stand for a double dash."
      }
    ]
  },
  {
    id: "un-press-docs-2003-04-04-sc7718",
    title: "Press release SC/7718 (4734th meeting): Briefing Council, Jeremy Greenstock (United Kingdom) Describes Committee as Central, Catalytic Body in Worldwide Effort",
    kind: "press-release",
    publisher: "united-nations",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "http://www.un.org/News/Press/docs/2003/sc7718.doc.htm",
        status: "verified",
        copy: {
          sha256: "2fd43c31db9a14ed67418c4eca9e71e64d39fe588476e47a88bedc24e65569cd",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "mis-encoding",
        description: "A no-break space was decoded in the wrong character set and shows as a dagger."
      },
      {
        kind: "mis-encoding",
        description: "The same dagger for a no-break space after a sentence."
      },
      {
        kind: "mis-encoding",
        description: "The same dagger for a no-break space after a sentence."
      },
      {
        kind: "typo",
        description: "An en dash and a hyphen stand for a double dash."
      }
    ],
    note: "The same release as un-press-2003-04-04-sc7718 at its older address; this copy lacks the headline."
  },
  {
    id: "unnews-2003-04-04-submit-reports",
    title: "Security Council calls on UN Member States to submit counter-terrorism reports",
    kind: "news-article",
    publisher: "united-nations",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://news.un.org/en/story/2003/04/63992",
        status: "verified",
        copy: {
          sha256: "b234b6d6241835150ae89437d00bb8604d56e7045a7149c90b5535b928e497bf",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "duplicate-text",
        description: "The headline is repeated."
      },
      {
        kind: "orphaned-caption",
        description: "A photo caption stands alone before the first paragraph."
      },
      {
        kind: "unbalanced-quotes",
        description: "The last quotation is opened and never closed: the excerpt ends inside it."
      }
    ]
  },
  {
    id: "unis-2003-07-24-sc7823",
    title: "FIGHT AGAINST TERRORISM WOULD BE LONG WITH NO SHORT CUTS, COUNTER-TERRORISM COMMITTEE CHAIRMAN TELLS SECURITY COUNCIL",
    kind: "press-release",
    publisher: "united-nations",
    published: "2003-07-24",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "http://unis.unvienna.org/unis/en/pressrels/2003/sc7823.html",
        status: "verified",
        note: "UN Information Service Vienna’s reissue of the Headquarters release.",
        copy: {
          sha256: "807a4c24e955529d1261a072d6e753237c8320998acfb34269d9b7fec71ff550",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      },
      {
        role: "official",
        url: "https://press.un.org/en/2003/sc7823.doc.htm",
        status: "inferred",
        confidence: 0.7,
        note: "Inferred from the release symbol and the address pattern of press.un.org; not seen."
      }
    ],
    defects: []
  },
  {
    id: "oas-2003-10-06-speech-ctc-follow-up",
    title: "Speech at the follow-up meeting of the Counter-Terrorism Committee with international, regional and subregional organizations (OAS Media Center, speech 03-0124)",
    kind: "report",
    publisher: "oas",
    published: "2003-10-06",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "http://www.oas.org/en/media_center/speech.asp?sCodigo=03-0124",
        status: "verified",
        copy: {
          sha256: "63a14ac97052f545f9ebaabe01efc3ab1a6cd3c4ebc6c2e70b54150844468cc9",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The site's section name stands before the dateline."
      },
      {
        kind: "typo",
        description: "“word-wide” is a slip for “world-wide”."
      },
      {
        kind: "typo",
        description: "“play an essential roles”: article and plural disagree."
      }
    ],
    note: "The speech has no headline in the excerpt; the title here describes it. The speaker is not named in the excerpt."
  },
  {
    id: "unis-2004-03-11-ctc1",
    title: "United Nations-OSCE Counter-Terrorism Conference Begins with a Minute of Silence for Madrid Victims",
    kind: "press-release",
    publisher: "united-nations",
    published: "2004-03-11",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://unis.unvienna.org/unis/en/pressrels/2004/ctc1.html",
        status: "verified",
        copy: {
          sha256: "7d74ec2e474e830c37f494cdd7c48a004ee90131e944f1dc08e52a8e189449cc",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A section label of the site stands before the date."
      },
      {
        kind: "typo",
        description: "A doubled letter: “Aactivities”."
      }
    ]
  },
  {
    id: "un-press-2004-03-12-soccp288",
    title: "UN, OSCE Agree to Expand Joint Counter-Terrorism Activities",
    kind: "press-release",
    publisher: "united-nations",
    published: "2004-03-12",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "http://www.un.org/News/Press/docs/2004/soccp288.doc.htm",
        status: "verified",
        copy: {
          sha256: "ce64c45493e5b4b8cef1ea49f276d500d62597261da39825ed8b74c33d6b4520",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: []
  },
  {
    id: "shhada-2004-03-12-un-osce-expand",
    title: "UN, OSCE agree to expand joint counter-terrorism activities",
    kind: "press-release",
    publisher: "osce",
    published: "2004-03-12",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://shhada.ir/atu/56097",
        status: "verified",
        note: "A copy of the document published on another site.",
        copy: {
          sha256: "39af5481cbe2080e259f1a7e17b0bc474048ec3a5bb147e52647878c4c0857b5",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The site's section name stands before the headline."
      },
      {
        kind: "lost-characters",
        description: "The apostrophe of “Thursday's” is lost."
      },
      {
        kind: "name-variant",
        description: "“Kubis” here, “Kubiš” in the UN releases: the same person."
      },
      {
        kind: "unbalanced-quotes",
        description: "The last quotation is opened and never closed: the excerpt ends inside it."
      }
    ],
    note: "A copy of the OSCE press release on an unrelated site; the OSCE's own address is not known."
  },
  {
    id: "unis-2004-07-20-sc8152",
    title: "Security Council Presidential Statement Invites Counter-Terrorism Committee to Accelerate Work on Assessing Assistance Needs of Member States",
    kind: "press-release",
    publisher: "united-nations",
    published: "2004-07-20",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "http://unis.unvienna.org/unis/en/pressrels/2004/sc8152.html",
        status: "verified",
        note: "UN Information Service Vienna’s reissue of the Headquarters release.",
        copy: {
          sha256: "deb9a4fb7be4c2a32e03c588ca613316bcbcd8799812c93facb0fad5b33ed732",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      },
      {
        role: "official",
        url: "https://press.un.org/en/2004/sc8152.doc.htm",
        status: "inferred",
        confidence: 0.7,
        note: "Inferred from the release symbol and the address pattern of press.un.org; not seen."
      }
    ],
    defects: [
      {
        kind: "lost-characters",
        description: "A slash of the document symbol is lost."
      }
    ]
  },
  {
    id: "unis-2004-10-20-sc8221",
    title: "Security Council Encourages Work of Revitalized Counter-Terrorism Committee in Presidential Statement, Following Day-Long Debate",
    kind: "press-release",
    publisher: "united-nations",
    published: "2004-10-20",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "http://unis.unvienna.org/unis/en/pressrels/2004/sc8221.html",
        status: "verified",
        note: "UN Information Service Vienna’s reissue of the Headquarters release.",
        copy: {
          sha256: "6619a4381d54bcf215024132449b1593361125af971ad7f72c040af7287aa5a6",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      },
      {
        role: "official",
        url: "https://press.un.org/en/2004/sc8221.doc.htm",
        status: "inferred",
        confidence: 0.7,
        note: "Inferred from the release symbol and the address pattern of press.un.org; not seen."
      }
    ],
    defects: [
      {
        kind: "typo",
        description: "“large” for “largest”."
      }
    ]
  },
  {
    id: "ctc-mirror-ruperez-conversation",
    title: "CTC 20th Anniversary | A Conversation with Ambassador Javier Rupérez, Former Assistant Secretary-General and Executive Director of CTED",
    kind: "news-article",
    publisher: "cted",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "mirror",
        url: "http://kimandelvis.com/securitycouncil/ctc/content/ctc-20th-anniversary-conversation-ambassador-javier-rup%C3%A9rez-former-assistant-secretary",
        status: "verified",
        note: "A copy of the CTC site on another domain, defaced.",
        copy: {
          sha256: "a227ac7ddb27c188abbcb97da28312c6d7710f951d6bcc18e81f28e43cd646fb",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      },
      {
        role: "official",
        url: "https://www.un.org/securitycouncil/ctc/content/ctc-20th-anniversary-conversation-ambassador-javier-rup%C3%A9rez-former-assistant-secretary",
        status: "inferred",
        confidence: 0.8,
        note: "Inferred from the mirror’s path; not seen."
      }
    ],
    defects: [
      {
        kind: "injected-text-excised",
        description: "An injected spam phrase stands as the first line."
      },
      {
        kind: "injected-text-excised",
        description: "The same spam phrase replaces a word in the photo caption."
      },
      {
        kind: "words-restored",
        description: "The caption reads “Threats to International Peace and Security”: the injected phrase replaced “Peace”."
      }
    ]
  },
  {
    id: "un-press-fr-2004-05-19-sga873",
    title: "LE SECRÉTAIRE GÉNÉRAL NOMME JAVIER RUPÉREZ, DE L’ESPAGNE À LA TÊTE DE LA DIRECTION EXÉCUTIVE DU COMITÉ CONTRE LE TERRORISME",
    kind: "press-release",
    publisher: "united-nations",
    published: "2004-05-19",
    language: "fr",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://press.un.org/fr/2004/sga873.doc.htm",
        status: "verified",
        copy: {
          sha256: "634552b453bc029585734c6b684b145ec98e6998323b37c259b79fa79f8cc7c5",
          bytes: 1998,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A site banner stands before the release symbol."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated, broken over two lines."
      }
    ]
  },
  {
    id: "un-press-2004-07-02-ruperez-briefing",
    title: "PRESS BRIEFING BY CHIEF OF COUNTER-TERRORISM EXECUTIVE DIRECTORATE",
    kind: "press-release",
    publisher: "united-nations",
    published: "2004-07-02",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://press.un.org/en/2004/ruperezbrf040702.doc.htm",
        status: "verified",
        copy: {
          sha256: "61cb3ba0b0021cb565305b8b7b1aa335a277afce211aa371817fcfe0679766f8",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "duplicate-text",
        description: "The headline is repeated after the label."
      },
      {
        kind: "name-variant",
        description: "“Ruperez” without its accent; “Rupérez” elsewhere."
      },
      {
        kind: "typo",
        description: "An en dash and a hyphen stand for a double dash."
      }
    ]
  },
  {
    id: "unis-2005-01-19-sc8295",
    title: "Security Council, in Presidential Statement, Calls Urgently on States to Submit Timely Reports on Actions to Counter Terrorism",
    kind: "press-release",
    publisher: "united-nations",
    published: "2005-01-19",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "http://unis.unvienna.org/unis/en/pressrels/2005/sc8295.html",
        status: "verified",
        note: "UN Information Service Vienna’s reissue of the Headquarters release.",
        copy: {
          sha256: "a10f92f3415cac32eb0110588d7e3342f86b0ac43458a73dae1f9517df526fc8",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      },
      {
        role: "official",
        url: "https://press.un.org/en/2005/sc8295.doc.htm",
        status: "inferred",
        confidence: 0.7,
        note: "Inferred from the release symbol and the address pattern of press.un.org; not seen."
      }
    ],
    defects: [
      {
        kind: "name-variant",
        description: "The Chair's given name is misspelled “Audrey”; he is Andrey Denisov (Russian Federation)."
      }
    ]
  },
  {
    id: "globalsecurity-irin-2005-01-27-almaty",
    title: "CENTRAL ASIA: UN counter-terrorism meeting",
    kind: "news-article",
    published: "2005-01-27",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://www.globalsecurity.org/security/library/news/2005/01/sec-050127-irin01.htm",
        status: "verified",
        note: "A copy of the document published on another site.",
        copy: {
          sha256: "522bc2209b69873d212c9bd167bd6591eed1c9ee99de985982d7a711ecaa80ed",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "An advertisement and a section name of the reposting site stand before the story."
      },
      {
        kind: "unbalanced-quotes",
        description: "The last quotation is opened and never closed: the excerpt ends inside it."
      }
    ],
    note: "An IRIN story reposted by GlobalSecurity.org."
  },
  {
    id: "globalsecurity-unnews-2005-01-19-kazakhstan",
    title: "Security Council counter-terrorism meeting in Kazakhstan to shine light on terror hotspots",
    kind: "news-article",
    publisher: "united-nations",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://www.globalsecurity.org/security/library/news/2005/01/sec-050119-unnews01.htm",
        status: "verified",
        note: "A copy of the document published on another site.",
        copy: {
          sha256: "8f2a91b46f7cec98c9df396635a95943cc488f27a595a27045ea1cf9a2cfc36b",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "An advertisement and a section name of the reposting site stand before the story."
      },
      {
        kind: "unbalanced-quotes",
        description: "The last quotation is opened and never closed: the excerpt ends inside it."
      }
    ],
    note: "A UN News story of 19 January 2005 (before the meeting it announces), reposted by GlobalSecurity.org; its date is kept here rather than as the publication date."
  },
  {
    id: "un-press-2005-04-25-sc8366",
    title: "SECURITY COUNCIL BRIEFED BY CHAIRMEN OF ANTI-TERRORISM COMMITTEES; CALLS FOR STRENGTHENED COOPERATION, ENHANCED INFORMATION SHARING",
    kind: "press-release",
    publisher: "united-nations",
    published: "2005-04-25",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://press.un.org/en/2005/sc8366.doc.htm",
        status: "verified",
        copy: {
          sha256: "c11c437d339eb22e6ed8d70c068c6b0e3f245eb8082df5898b9216475b6871cb",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A site banner stands before the release symbol."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated, broken over two lines."
      },
      {
        kind: "lost-characters",
        description: "Spaces between words of the subheading are lost."
      },
      {
        kind: "typo",
        description: "A closing parenthesis is missing."
      }
    ]
  },
  {
    id: "undemocracy-2005-04-25-meeting-5168",
    title: "Security Council meeting 5168 (25 April 2005)",
    kind: "report",
    published: "2005-04-25",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://www.undemocracy.com/meeting_5168/",
        status: "verified",
        copy: {
          sha256: "5eae2ba9edbddc37b5ba6295dcf9348510e2f62f634e3a4458e9108a8217d475",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The site's instructions for its citation buttons stand between the meeting's times and the record."
      },
      {
        kind: "markup-removed",
        description: "Table markup of the members' list (pipes, rules, empty image links) is left in the text."
      }
    ],
    note: "UNdemocracy.com's copy of the Council's verbatim record."
  },
  {
    id: "unis-2005-10-27-sc8536",
    title: "Security Council Briefed by Chairmen of Three Anti-Terrorism Committees; Status of Reporting, Technical Assistance, among Issues Addressed",
    kind: "press-release",
    publisher: "united-nations",
    published: "2005-10-27",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://unis.unvienna.org/unis/en/pressrels/2005/sc8536.html",
        status: "verified",
        note: "UN Information Service Vienna’s reissue of the Headquarters release.",
        copy: {
          sha256: "9a47a9beda7f8fdffb5d5e6daedff355f053f86d55f3d902778590e930680ee5",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      },
      {
        role: "official",
        url: "https://press.un.org/en/2005/sc8536.doc.htm",
        status: "inferred",
        confidence: 0.7,
        note: "Inferred from the release symbol and the address pattern of press.un.org; not seen."
      }
    ],
    defects: []
  },
  {
    id: "undemocracy-2005-10-26-meeting-5293",
    title: "Security Council meeting 5293 (26 October 2005)",
    kind: "report",
    published: "2005-10-26",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://www.undemocracy.com/meeting_5293/",
        status: "verified",
        copy: {
          sha256: "d63c8c14327f5b6cfeddd062ce03984f8b58e11d16f3ee6d06589e59d35df8c0",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "markup-removed",
        description: "Wiki link markup of the date is left in the text."
      },
      {
        kind: "markup-removed",
        description: "The labels of a table run into their values (“Date26 October 2005”)."
      }
    ],
    note: "UNdemocracy.com's copy of the Council's verbatim record."
  },
  {
    id: "un-press-2006-02-21-sc8644",
    title: "SECURITY COUNCIL BRIEFED BY CHAIRMEN OF THREE ANTI-TERRORISM COMMITTEES; STRENGTHENED COOPERATION, ASSISTANCE TO STATES AMONG ISSUES RAISED",
    kind: "press-release",
    publisher: "united-nations",
    published: "2006-02-21",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "http://www.un.org/press/en/2006/sc8644.doc.htm",
        status: "verified",
        copy: {
          sha256: "bd8f37187377a841d94fa0dc0d2feec8a13bc1f88c7b74306544aef1258b4c75",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "duplicate-text",
        description: "The headline is repeated after the meeting number."
      },
      {
        kind: "typo",
        description: "A space after the opening parenthesis."
      }
    ]
  },
  {
    id: "unis-2006-05-31-sc8730",
    title: "Security Council Reviews Work of Committees on Nuclear Non-Proliferation, Counter-Terrorism, Al-Qaida and Taliban",
    kind: "press-release",
    publisher: "united-nations",
    published: "2006-05-31",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://unis.unvienna.org/unis/en/pressrels/2006/sc8730.html",
        status: "verified",
        note: "UN Information Service Vienna’s reissue of the Headquarters release.",
        copy: {
          sha256: "5981d1459a33a602116464c4430c616e706607aa34f88d1ca5028e51cfcf7f61",
          bytes: 1999,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      },
      {
        role: "official",
        url: "https://press.un.org/en/2006/sc8730.doc.htm",
        status: "inferred",
        confidence: 0.7,
        note: "Inferred from the release symbol and the address pattern of press.un.org; not seen."
      }
    ],
    defects: []
  },
  {
    id: "hrv-2006-08-03-ctc-work-programme",
    title: "Letter dated 3 August 2006 from the Acting Chairman of the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism addressed to the President of the Security Council",
    kind: "report",
    publisher: "ctc",
    published: "2006-08-03",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://humanrightsvoices.org/assets/attachments/documents-txt/CTC_Program_of_Work_8-7-06.doc.txt",
        status: "verified",
        copy: {
          sha256: "d147edd2b7af4a141410fc35340b505e7ed676827795fb12be64ef1b7db7d33f",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [],
    note: "A copy of a Security Council document on a third-party site."
  },
  {
    id: "hrv-2006-09-28-spv5538",
    title: "S/PV.5538: Security Council, 5538th meeting, 28 September 2006 (verbatim record)",
    kind: "report",
    publisher: "un-security-council",
    published: "2006-09-28",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://humanrightsvoices.org/assets/attachments/documents-txt/PV_counter-terrorism_cttee_SC_meeting_9-28-06.doc.txt",
        status: "verified",
        copy: {
          sha256: "7675c2512f5671033ddf911cde372a47f5c31dc07f926b343281233af4be1757",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [],
    note: "A copy of the Council's verbatim record on a third-party site."
  },
  {
    id: "un-press-2006-09-28-sc8840",
    title: "HEARING BRIEFINGS FROM COMMITTEES COUNTERING TERRORISM, SECURITY COUNCIL CONSIDERS PROGRESS MADE, WAYS TO INCREASE EFFECTIVENESS",
    kind: "press-release",
    publisher: "united-nations",
    published: "2006-09-28",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://press.un.org/en/2006/sc8840.doc.htm",
        status: "verified",
        copy: {
          sha256: "3116c08f992e91716909521987e88143686213f211d3891b7ddc9b5c41205999",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A site banner stands before the release symbol."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated, broken over two lines."
      },
      {
        kind: "typo",
        description: "A hyphen and an en dash stand for a double dash."
      }
    ]
  },
  {
    id: "hrv-2006-12-18-ctc-review-letter",
    title: "Letter dated 18 December 2006 from the Chairman of the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism addressed to the President of the Security Council",
    kind: "report",
    publisher: "ctc",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://humanrightsvoices.org/assets/attachments/documents-txt/CTC_comprehensive_review_12-18-06_e990.doc.txt",
        status: "verified",
        copy: {
          sha256: "2ae1da27721b53258d4ea10cad14c0d0607c025e31174b3635988f597dfb2511",
          bytes: 1998,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [],
    note: "A copy of a Security Council document on a third-party site."
  },
  {
    id: "un-press-2006-12-20-sc8914",
    title: "SECURITY COUNCIL REITERATES DETERMINATION TO COMBAT ALL FORMS OF TERRORISM, WELCOMES COUNTER-TERRORISM COMMITTEE’S RENEWED FOCUS ON IMPLEMENTING RESOLUTION 1373 (2001)",
    kind: "press-release",
    publisher: "united-nations",
    published: "2006-12-20",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://press.un.org/en/2006/sc8914.doc.htm",
        status: "verified",
        copy: {
          sha256: "20d2cf1926dea8355f6ede48a5b5c56e5e09e306df8cff5cca2f104536a2f9e4",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A site banner stands before the release symbol."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated after the meeting number."
      },
      {
        kind: "typo",
        description: "A capital letter slipped into “renewed” in the repeated headline."
      },
      {
        kind: "typo",
        description: "A space after the opening parenthesis."
      }
    ]
  },
  {
    id: "un-press-2007-05-22-sc9021",
    title: "CHAIRS OF COMMITTEES DEALING WITH SANCTIONS ON AL-QAIDA/TALIBAN, COUNTER-TERRORISM, WEAPONS PROLIFERATION BRIEF SECURITY COUNCIL",
    kind: "press-release",
    publisher: "united-nations",
    published: "2007-05-22",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://press.un.org/en/2007/sc9021.doc.htm",
        status: "verified",
        copy: {
          sha256: "42d9cd96d97d3ac52d2ffc86b469e2e1547782fb42106968e97bf948d1983f58",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A site banner stands before the release symbol."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated, broken over two lines."
      },
      {
        kind: "typo",
        description: "A space after the opening parenthesis."
      },
      {
        kind: "typo",
        description: "“know” for “known”."
      }
    ]
  },
  {
    id: "undemocracy-2007-05-22-meeting-5679",
    title: "Security Council meeting 5679 (22 May 2007)",
    kind: "report",
    published: "2007-05-22",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://www.undemocracy.com/meeting_5679/",
        status: "verified",
        copy: {
          sha256: "1ac722090b647f987ac52d4cb1c1b651724559593119127630160a1bdcb07898",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "markup-removed",
        description: "Wiki link markup of the date is left in the text."
      },
      {
        kind: "markup-removed",
        description: "The labels of a table run into their values."
      }
    ],
    note: "UNdemocracy.com's copy of the Council's verbatim record."
  },
  {
    id: "ctc-2007-nairobi-special-meeting",
    title: "Fifth special meeting of the Counter-Terrorism Committee with international, regional and sub-regional organizations, Nairobi, 29-31 October 2007",
    kind: "listing",
    publisher: "ctc",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "http://www.un.org/en/sc/ctc/specialmeetings/2007-nairobi/docs/index.html",
        status: "verified",
        copy: {
          sha256: "bb3a3c3826c6213db8ec0a8c2c0b5413ebcba1f43b3a444cebfe2aec698f1b52",
          bytes: 1553,
          retrieved: "2026-12-02",
          extent: "full"
        }
      }
    ],
    defects: [
      {
        kind: "orphaned-caption",
        description: "A photo caption stands alone between paragraphs."
      },
      {
        kind: "typo",
        description: "A stray “in”."
      }
    ],
    note: "The page's text has no headline; the title describes it."
  },
  {
    id: "scoop-2007-10-30-nairobi-opens",
    title: "UN Counter-Terrorism Committee Meeting In Nairobi",
    kind: "news-article",
    publisher: "united-nations",
    published: "2007-10-30",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://m.scoop.co.nz/stories/WO0710/S00732.htm",
        status: "verified",
        note: "A copy of the document published on another site.",
        copy: {
          sha256: "38fe0a2db5f94939f84124d1b05f682cb7e184568d517923165f22b756ce3444",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The reposting site's banner stands before the headline."
      },
      {
        kind: "metadata-removed",
        description: "The reposting site's publication line stands between the two headlines."
      }
    ],
    note: "A UN News story reposted by Scoop."
  },
  {
    id: "unnews-2007-11-action-plan",
    title: "UN Counter-Terrorism Committee meeting produces action plan",
    kind: "news-article",
    publisher: "united-nations",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://news.un.org/en/story/2007/11/237952",
        status: "verified",
        copy: {
          sha256: "399ab1b477b237e0f339a2f4987900ac5e075f2969fd2bfde5114c8788116f80",
          bytes: 1991,
          retrieved: "2026-12-02",
          extent: "full"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The site's tagline stands before the headline."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated."
      },
      {
        kind: "duplicate-text",
        description: "The lead paragraph is repeated (once as a summary, once as the first paragraph)."
      },
      {
        kind: "typo",
        description: "“Members States” for “Member States”."
      }
    ]
  },
  {
    id: "un-press-fr-2007-10-08-sga1099",
    title: "LE SECRÉTAIRE GÉNÉRAL NOMME M. MIKE SMITH, DE L’AUSTRALIE, AU POSTE DE DIRECTEUR EXÉCUTIF DE LA DIRECTION DU COMITÉ CONTRE LE TERRORISME",
    kind: "press-release",
    publisher: "united-nations",
    published: "2007-10-08",
    language: "fr",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://press.un.org/fr/2007/sga1099.doc.htm",
        status: "verified",
        copy: {
          sha256: "ccc815a0b898d2487e66e673aa808ef2a73feaafbf2b94b7225b8aaa7e45e670",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A site banner stands before the release symbol."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated."
      },
      {
        kind: "lost-characters",
        description: "Two fields of the page header run together without a space."
      },
      {
        kind: "metadata-removed",
        description: "The site's footer (and its repetition) follows the release."
      }
    ]
  },
  {
    id: "ctc-mirror-mike-smith-conversation",
    title: "CTC 20th Anniversary | A Conversation with Mike Smith, Former Assistant Secretary-General and Executive Director of CTED",
    kind: "news-article",
    publisher: "cted",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "mirror",
        url: "http://fanyjok.com/securitycouncil/ctc/content/ctc-20th-anniversary-conversation-mike-smith-former-assistant-secretary-general-and",
        status: "verified",
        note: "A copy of the CTC site on another domain, defaced.",
        copy: {
          sha256: "945ebbe2bf24df45aeccf15cf114aa537b6e3eb9fa0a429579603b4a288b4900",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      },
      {
        role: "official",
        url: "https://www.un.org/securitycouncil/ctc/content/ctc-20th-anniversary-conversation-mike-smith-former-assistant-secretary-general-and",
        status: "inferred",
        confidence: 0.8,
        note: "Inferred from the mirror’s path; not seen."
      }
    ],
    defects: [
      {
        kind: "mis-encoding",
        description: "The language menu's Arabic entry was lost to question marks."
      },
      {
        kind: "lost-characters",
        description: "A letter lost to a question mark in the language menu."
      },
      {
        kind: "lost-characters",
        description: "A letter lost to a question mark in the language menu."
      },
      {
        kind: "typo",
        description: "A lower-case “l” for the pronoun “I”."
      },
      {
        kind: "injected-text-excised",
        description: "An injected spam phrase replaces words (“the UN and counter-terrorism”)."
      },
      {
        kind: "words-restored",
        description: "The injected phrase replaced “UN” before “and counter-terrorism”."
      },
      {
        kind: "injected-text-excised",
        description: "The same phrase in “the former UN Counter-Terrorism Implementation Task Force”."
      },
      {
        kind: "words-restored",
        description: "The injected phrase replaced “UN” before “Counter-Terrorism Implementation Task Force”."
      },
      {
        kind: "injected-text-excised",
        description: "The same phrase in “a UN Human Rights Council Commission of Inquiry”."
      },
      {
        kind: "words-restored",
        description: "The injected phrase replaced “UN” before “Human Rights Council”."
      }
    ]
  },
  {
    id: "undemocracy-2007-11-14-meeting-5779",
    title: "Security Council meeting 5779 (14 November 2007)",
    kind: "report",
    published: "2007-11-14",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://www.undemocracy.com/meeting_5779/",
        status: "verified",
        copy: {
          sha256: "44a775e300316b0b0e6225bca5c733908a98d5322b028119bb2b16543eafee0f",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The site's instructions for its citation buttons stand between the meeting's times and the record."
      },
      {
        kind: "markup-removed",
        description: "Table markup of the members' list (pipes, rules, empty image links) is left in the text."
      }
    ],
    note: "UNdemocracy.com's copy of the Council's verbatim record."
  },
  {
    id: "undispatch-2007-11-committees-brief",
    title: "Anti-Terrorism Committees Brief Security Council on Measures and Threats",
    kind: "third-party-report",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "http://undispatch.com/anti-terrorism-committees-brief-security-council-on-measures-and-threats/",
        status: "verified",
        copy: {
          sha256: "c5b2308b9fbfd4e77d816f08fa51dd0716bac9d123f7e9323782fc17f9dcdae6",
          bytes: 771,
          retrieved: "2026-12-02",
          extent: "full"
        }
      }
    ],
    defects: [
      {
        kind: "unbalanced-quotes",
        description: "The quoted extract from the UN release is opened and never closed."
      },
      {
        kind: "lost-link-target",
        description: "The link to the full release lost its target."
      },
      {
        kind: "duplicate-text",
        description: "A category label is repeated."
      }
    ]
  },
  {
    id: "un-press-2008-03-19-sc9279",
    title: "Press release SC/9279 (5855th meeting), 19 March 2008",
    kind: "press-release",
    publisher: "united-nations",
    published: "2008-03-19",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://www.un.org/press/en/2008/sc9279.doc.htm",
        status: "verified",
        copy: {
          sha256: "901dafd5402461d38d486991093a5aa2ca634d81081a1a3e0d9d45aed85e4526",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "duplicate-text",
        description: "The date line is repeated; the headline is missing from the excerpt."
      },
      {
        kind: "typo",
        description: "A stray space after the hyphen."
      }
    ],
    note: "Press release SC/9279; the excerpt has no headline."
  },
  {
    id: "hrv-2008-03-19-us-statement",
    title: "Statement by Ambassador Alejandro D. Wolff, U.S. Deputy Permanent Representative, on the extension of the mandate of CTED, to the Security Council, March 19, 2008",
    kind: "report",
    publisher: "united-states",
    published: "2008-03-19",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://humanrightsvoices.org/assets/attachments/documents-txt/6533.doc.txt",
        status: "verified",
        copy: {
          sha256: "44be40e9ba179179aba429d7bf2742bc4e0b0747a2a3a012fc4de7fa68814187",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      },
      {
        role: "official",
        url: "http://www.un.int/usa/press_releases/20080319_064.html",
        status: "inferred",
        confidence: 0.9,
        note: "Stated on the copy as its original source; not seen."
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The reposting site's date and source line stands before the title."
      }
    ]
  },
  {
    id: "mvep-2008-03-19-jurica-statement",
    title: "Statement by H.E. Neven Jurica, Permanent Representative of the Republic of Croatia to the United Nations: “Threats to international peace and security caused by terrorist acts”",
    kind: "report",
    publisher: "croatia",
    published: "2008-03-19",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://mvep.gov.hr/vijesti-i-najave-88038/un-security-council-open-debate-on-counter-terrorism-committee/159113",
        status: "verified",
        copy: {
          sha256: "935e413751b1cfacc6fe5cc5b8bed730d2ffada1381c692c4f6d0fb9ccee5fdc",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "lost-characters",
        description: "The Croatian introduction lost its diacritics (“Vijeću”, “tóčkom”, “međunarodnom”, “terorističkim”)."
      },
      {
        kind: "typo",
        description: "“act” for “acts”."
      }
    ]
  },
  {
    id: "mvep-2008-05-06-jurica-briefing",
    title: "Briefing on the work of the Counter-Terrorism Committee",
    kind: "report",
    publisher: "croatia",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://mvep.gov.hr/vijesti-i-najave-88038/briefing-on-the-work-of-the-counter-terrorism-committee/159119",
        status: "verified",
        copy: {
          sha256: "09e1a73d97eaf5f409414f48d9b4c0212486f210ce585b551f03b3e17edfe9d7",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "lost-characters",
        description: "The Croatian introduction lost some diacritics (“Vijeću”, “izvješće”)."
      }
    ]
  },
  {
    id: "undemocracy-2008-05-06-meeting-5886",
    title: "Security Council meeting 5886 (6 May 2008)",
    kind: "report",
    published: "2008-05-06",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://www.undemocracy.com/meeting_5886/",
        status: "verified",
        copy: {
          sha256: "bd0cdf52794d29b804a33a07755fc30139530810fe4bb35bdc0da2b0c571c8da",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The site's instructions for its citation buttons stand between the meeting's times and the record."
      },
      {
        kind: "markup-removed",
        description: "Table markup of the members' list (pipes, rules, empty image links) is left in the text."
      }
    ],
    note: "UNdemocracy.com's copy of the Council's verbatim record."
  },
  {
    id: "mvep-2008-11-12-jurica-briefing",
    title: "Statement by H.E. Neven Jurica, Chairman of the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism to the Security Council",
    kind: "report",
    publisher: "croatia",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://mvep.gov.hr/print.aspx?id=159572&url=print",
        status: "verified",
        copy: {
          sha256: "7fffac933a6cbbccbb29c500629ee26164ff56955ab21ae6d87a2ea187529ca0",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: []
  },
  {
    id: "undemocracy-2008-11-12-meeting-6015",
    title: "Security Council meeting 6015 (12 November 2008)",
    kind: "report",
    published: "2008-11-12",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://www.undemocracy.com/meeting_6015/",
        status: "verified",
        copy: {
          sha256: "54de4d261289f7a7216eb09ed980f0fe346a4fcd67e0128b9a4433123c7c05a2",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "markup-removed",
        description: "Wiki link markup of the date is left in the text."
      },
      {
        kind: "markup-removed",
        description: "The labels of a table run into their values."
      }
    ],
    note: "UNdemocracy.com's copy of the Council's verbatim record."
  },
  {
    id: "undemocracy-2009-05-26-meeting-6128",
    title: "Security Council meeting 6128 (26 May 2009)",
    kind: "report",
    published: "2009-05-26",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://www.undemocracy.com/meeting_6128/",
        status: "verified",
        copy: {
          sha256: "324ec52bf1169f5429a4c1436628fa11bcd204964725a9b06d72d6602fb34e77",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The site's instructions for its citation buttons stand between the meeting's times and the record."
      },
      {
        kind: "markup-removed",
        description: "Table markup of the members' list (pipes, rules, empty image links) is left in the text."
      },
      {
        kind: "lost-characters",
        description: "The last letter of “Vilović” is lost."
      },
      {
        kind: "lost-characters",
        description: "The first letter of “İlkin” is lost."
      }
    ],
    note: "UNdemocracy.com's copy of the Council's verbatim record."
  },
  {
    id: "hrv-2009-05-26-ripert-briefing",
    title: "Briefing by the H.E. Mr. Jean-Maurice Ripert, Acting Chairman of the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism, to the Security Council 26 May 2009",
    kind: "report",
    publisher: "ctc",
    published: "2009-05-26",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://humanrightsvoices.org/assets/attachments/documents-txt/10938_5_256_2009_briefing_cetd.pdf.txt",
        status: "verified",
        copy: {
          sha256: "97ff3f8b810c11c1265753cac2b09877427f4a95cba0d854315bdcae874491fd",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "typo",
        description: "A stray “the” before the honorific."
      }
    ],
    note: "A copy of the Acting Chairman's statement on a third-party site."
  },
  {
    id: "undemocracy-2009-11-13-meeting-6217",
    title: "Security Council meeting 6217 (13 November 2009)",
    kind: "report",
    published: "2009-11-13",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://www.undemocracy.com/meeting_6217/",
        status: "verified",
        copy: {
          sha256: "29a3bd784e6c6850cefb8270f9b687670b346d6c942578950f28c213b8d7272e",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "markup-removed",
        description: "Wiki link markup of the date is left in the text."
      },
      {
        kind: "markup-removed",
        description: "The labels of a table run into their values."
      },
      {
        kind: "lost-characters",
        description: "The last letter of “Vilović” is lost."
      }
    ],
    note: "UNdemocracy.com's copy of the Council's verbatim record."
  },
  {
    id: "un-press-2009-11-13-cted-press-conference",
    title: "Press Conference by Chief, Counter-Terrorism Committee Executive Directorate",
    kind: "press-release",
    publisher: "united-nations",
    published: "2009-11-13",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://www.un.org/press/en/2009/091113_CTED.doc.htm",
        status: "verified",
        copy: {
          sha256: "0642c4caaf54f0280a7043c1cbcae2177be0bde7ab465c16f08350ed27272ccd",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "duplicate-text",
        description: "The headline and date appear three times."
      },
      {
        kind: "duplicate-text",
        description: "The headline's third appearance."
      }
    ]
  },
  {
    id: "turkuno-2010-04-08-apakan-briefing",
    title: "Briefing by H.E. Mr. Ertuğrul Apakan, Chairman of the Counter-Terrorism Committee, to the Member States of the United Nations",
    kind: "report",
    publisher: "turkey",
    published: "2010-04-08",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "http://turkuno.dt.mfa.gov.tr/Mission/ShowSpeech/1143",
        status: "verified",
        copy: {
          sha256: "43c4e86ea500425822feecb8de19f91c900f8510acc9c64ec5b7e78c5faa3649",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: []
  },
  {
    id: "un-press-2010-05-11-sc9923",
    title: "Speakers in Security Council Call for Unified, Global Counter-Terrorism Effort, Following Briefings by Chairs of Committees Set Up to Spearhead Fight",
    kind: "press-release",
    publisher: "united-nations",
    published: "2010-05-11",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://www.un.org/press/en/2010/sc9923.doc.htm",
        status: "verified",
        copy: {
          sha256: "becb76b8ced8cf023add724771e88cbbde4f248468ecf20161cc45f3274ed528",
          bytes: 1999,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "duplicate-text",
        description: "The headline and date are repeated (three times in all, the last broken over two lines)."
      }
    ]
  },
  {
    id: "unnews-2010-05-11-greater-cooperation",
    title: "Security Council anti-terrorism committees move towards greater cooperation",
    kind: "news-article",
    publisher: "united-nations",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://news.un.org/en/story/2010/05/338312-security-council-anti-terrorism-committees-move-towards-greater-cooperation",
        status: "verified",
        copy: {
          sha256: "ee57bf00aa51f5177bfee535af4885f4a13d96e9d1064b0fe169caad16c670ad",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The site's tagline stands before the headline."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated."
      },
      {
        kind: "metadata-removed",
        description: "An image placeholder of the site's content system stands where the photo was."
      }
    ]
  },
  {
    id: "turkuno-2010-07-21-apakan-briefing",
    title: "Briefing by H.E. Mr. Ertuğrul Apakan, Chairman of the Counter-Terrorism Committee, to the Member States of the United Nations",
    kind: "report",
    publisher: "turkey",
    published: "2010-07-21",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "http://turkuno.dt.mfa.gov.tr/Mission/ShowSpeech/1128",
        status: "verified",
        copy: {
          sha256: "8950217a58835b23892a52cd0811cffbe1f8b291ab2d57b3eb28681ad0c61b05",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: []
  },
  {
    id: "un-press-2010-09-27-sc10038",
    title: "Security Council Concerned about Continuing Threat of Terrorism, Including Actions Driven by Intolerance, Extremism",
    kind: "press-release",
    publisher: "united-nations",
    published: "2010-09-27",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://press.un.org/en/2010/sc10038.doc.htm",
        status: "verified",
        copy: {
          sha256: "cf00a5aa4dede97a499b6195e911abb4f34549f90246c310a62818ef7260a25d",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A site banner stands before the release symbol."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated, broken over lines."
      },
      {
        kind: "words-restored",
        description: "“Minister for Foreign of Turkey” lacks “Affairs”."
      }
    ]
  },
  {
    id: "unnews-2010-09-27-collective-action",
    title: "Security Council stresses need for collective action to combat terrorism",
    kind: "news-article",
    publisher: "united-nations",
    published: "2010-09-27",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://news.un.org/en/story/2010/09/353602-security-council-stresses-need-collective-action-combat-terrorism",
        status: "verified",
        copy: {
          sha256: "e64331d71275a4525d06f5137f478094df7b90ad3366b514fe703a63c80583c4",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: []
  },
  {
    id: "turkuno-2010-09-27-davutoglu-statement",
    title: "Statement by H.E. Ahmet Davutoglu, Foreign Minister of Turkey, at UN Security Council Thematic Meeting on Counter-Terrorism",
    kind: "report",
    publisher: "turkey",
    published: "2010-09-27",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "http://turkuno.dt.mfa.gov.tr/Mission/ShowSpeech/1119",
        status: "verified",
        copy: {
          sha256: "b949fa10f3928f9e7e22f6b893b63d203e2eca38db07adfc342bb1b00aa182a0",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "name-variant",
        description: "“Davutoglu” in the title, “Davutoğlu” in the byline."
      }
    ]
  },
  {
    id: "scr-2010-08-25-forecast-terrorism",
    title: "September 2010 Monthly Forecast: Meeting on Terrorism",
    kind: "announcement",
    published: "2010-08-25",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://www.securitycouncilreport.org/monthly-forecast/2010-09/lookup_c_glkwlemtisg_b_6196131.php",
        status: "verified",
        copy: {
          sha256: "42960960e3dd9a53b55e4a3144bbfa0c3575812ac13db0bc51711edcf8a5faf3",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A download link label stands before the article."
      }
    ],
    note: "Security Council Report forecast posted 25 August 2010, before the meeting it announces (an announcement: it may precede its meeting)."
  },
  {
    id: "un-press-2010-11-15-sc10085",
    title: "Security Council Hears Briefings from Chairs of Counter-Terrorism Committees, as Speakers Urge Broader, More Coordinated Effort to Tackle Global Scourge",
    kind: "press-release",
    publisher: "united-nations",
    published: "2010-11-15",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "http://www.un.org/News/Press/docs/2010/sc10085.doc.htm",
        status: "verified",
        copy: {
          sha256: "266fa2da52be89db7c0173b74dfa347ff170a5567a3c42137703297a035630aa",
          bytes: 1998,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: []
  },
  {
    id: "turkuno-2010-11-15-apakan-briefing",
    title: "Briefing to the Security Council by H.E. Mr. Ertuğrul Apakan, Chairman of the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter terrorism",
    kind: "report",
    publisher: "turkey",
    published: "2010-11-15",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "http://turkuno.dt.mfa.gov.tr/Mission/ShowSpeech/1109",
        status: "verified",
        copy: {
          sha256: "ffc442dc27bee2682947df31b3fe7d772af266b058d9a3c21b395b9ad39677d2",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: []
  },
  {
    id: "turkuno-2010-11-15-apakan-statement",
    title: "Statement by H.E. Ertugrul Apakan, Permanent Representative of Turkey, on the Security Council Open Debate",
    kind: "report",
    publisher: "turkey",
    published: "2010-11-15",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "http://turkuno.dt.mfa.gov.tr/Mission/ShowSpeech/1110",
        status: "verified",
        copy: {
          sha256: "f3a761a11c6c0cca3493531a454d0dac6a9c5bd4830ef956b2a4a005885bed99",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "name-variant",
        description: "“Ertugrul” in the title, “Ertuğrul” in the byline."
      }
    ]
  },
  {
    id: "un-press-2010-12-01-cted-press-conference",
    title: "Press Conference by Head of Counter-Terrorism Committee Executive Directorate",
    kind: "press-release",
    publisher: "united-nations",
    published: "2010-12-01",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://www.un.org/press/en/2010/101201_CTED.doc.htm",
        status: "verified",
        copy: {
          sha256: "0c60991b126dd4b136d1a07e2b110ac2db69529e2b9859c8bdb7bd316a6f578a",
          bytes: 1996,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "duplicate-text",
        description: "The headline and date appear three times."
      }
    ]
  },
  {
    id: "unnews-2010-12-20-cted-three-more-years",
    title: "UN counter-terrorism body to continue as special political mission for three more years",
    kind: "news-article",
    publisher: "united-nations",
    published: "2010-12-20",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://news.un.org/en/story/2010/12/362632",
        status: "verified",
        copy: {
          sha256: "f42e8341b341a5bd3d458d5a93003297d345d3642e29e235cad7964d1ad90acb",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The site's tagline stands before the headline."
      },
      {
        kind: "duplicate-text",
        description: "The headline is repeated."
      },
      {
        kind: "orphaned-caption",
        description: "A photo caption stands alone before the first paragraph."
      },
      {
        kind: "name-variant",
        description: "“Ertugrul” without the breve; “Ertuğrul” on the Turkish mission's pages."
      },
      {
        kind: "unbalanced-quotes",
        description: "The last quotation is opened and never closed: the excerpt ends inside it."
      }
    ]
  },
  {
    id: "scoop-2010-12-20-three-more-years",
    title: "UN Counter-Terrorism Body to Continue As Is for 3 More Years",
    kind: "news-article",
    publisher: "united-nations",
    published: "2010-12-20",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "http://www.scoop.co.nz/stories/WO1012/S00705/un-counter-terrorism-body-to-continue-as-is-for-3-more-years.htm",
        status: "verified",
        note: "A copy of the document published on another site.",
        copy: {
          sha256: "d03593ba745c74154544c27397e4aeb5555c7a513d917a0577dc9f807ecdfafa",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The reposting site's navigation menu stands before the headline."
      },
      {
        kind: "name-variant",
        description: "“Ertugrul” without the breve."
      }
    ],
    note: "A UN News story reposted by Scoop."
  },
  {
    id: "mvep-2011-vilovic-special-meeting-statement",
    title: "Special meeting of the Counter-Terrorism Committee",
    kind: "report",
    publisher: "croatia",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://mvep.gov.hr/print.aspx?id=159246&url=print",
        status: "verified",
        copy: {
          sha256: "a4972a6024f7c2b9b0dd7aa0ed3a7b8af805b09fb0d5d21933eb18f3f424398e",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The ministry's name (site header) stands before the title."
      },
      {
        kind: "lost-characters",
        description: "The Croatian introduction lost diacritics (“Vilović”, “međunarodna”)."
      }
    ]
  },
  {
    id: "scr-2007-11-forecast-counter-terrorism",
    title: "November 2007 Monthly Forecast: Counter-Terrorism: Briefings to the Council",
    kind: "third-party-report",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://www.securitycouncilreport.org/monthly-forecast/2007-11/lookup_c_glkwlemtisg_b_3531465.php?print=true",
        status: "verified",
        copy: {
          sha256: "35f4a4ef80bb2400dba435d94a703fef409042eaf899be23c95093ccd1c63973",
          bytes: 1996,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [],
    note: "Security Council Report forecast for November 2007, written before the briefing of 14 November 2007."
  },
  {
    id: "mvep-2009-11-13-vilovic-briefing",
    title: "Briefing on the work of the Counter-Terrorism Committee",
    kind: "report",
    publisher: "croatia",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://mvep.gov.hr/vijesti-i-najave-88038/briefing-on-the-work-of-the-counter-terrorism-committee-159227/159227",
        status: "verified",
        copy: {
          sha256: "8630eb6e06a86f2c60370a70696f9c5c9cf44eecb1cbad510cfa3a6784a04174",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "lost-characters",
        description: "The Croatian introduction lost the name's diacritic and the space after it (“Vilovicu”), and other diacritics (“Vijeću”, “izvješće”)."
      }
    ]
  },
  {
    id: "un-press-2008-03-19-sc9279-with-headline",
    title: "SPEAKERS IN OPEN SECURITY COUNCIL DEBATE ENDORSE REVISED ORGANIZATIONAL PLAN PROPOSED BY COUNTER-TERRORISM COMMITTEE EXECUTIVE DIRECTORATE",
    kind: "press-release",
    publisher: "united-nations",
    published: "2008-03-19",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://www.un.org/press/en/2008/sc9279.doc.htm",
        status: "verified",
        copy: {
          sha256: "781145fe2966a3734f267dbee409829f1136d0645d87fea9fa393220135d8989",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "duplicate-text",
        description: "The headline is repeated, broken over two lines."
      },
      {
        kind: "lost-characters",
        description: "Two fields of the page header run together without a space."
      },
      {
        kind: "typo",
        description: "A stray space after the hyphen."
      }
    ],
    note: "The same release as un-press-2008-03-19-sc9279, in a copy that keeps the headline."
  },
  {
    id: "un-press-2008-12-09-sc9524",
    title: "Press release SC/9524 (6034th meeting), 9 December 2008",
    kind: "press-release",
    publisher: "united-nations",
    published: "2008-12-09",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://www.un.org/press/en/2008/sc9524.doc.htm",
        status: "verified",
        copy: {
          sha256: "f39f069f0e3793a0b2f12af58e257d92174b12e73d02ca1b32dc1092850d8269",
          bytes: 1999,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "duplicate-text",
        description: "The date line is repeated; the headline is missing from the excerpt."
      }
    ],
    note: "Press release SC/9524; the excerpt has no headline."
  },
  {
    id: "mvep-2008-12-09-mesic-statement",
    title: "Statement by H.E. Stjepan Mesic, President of the Republic of Croatia, on the UN Security Council Thematic Debate on Terrorism",
    kind: "report",
    publisher: "croatia",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://mvep.gov.hr/news-and-announcements-88954/159575",
        status: "verified",
        copy: {
          sha256: "180d5b23e4b04e4d9689877ada42ec2daf94b2a550d8b3f7809c63311a0f9d5f",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "name-variant",
        description: "“Mesic” without its diacritic (Mesić)."
      },
      {
        kind: "typo",
        description: "A word is missing: “if it is based on”."
      }
    ]
  },
  {
    id: "un-press-2008-12-02-jurica-press-conference",
    title: "Press conference by the President of the Security Council for December 2008 (Neven Jurica, Croatia)",
    kind: "press-release",
    publisher: "united-nations",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "official",
        url: "https://www.un.org/press/en/2008/081202_Jurica.doc.htm",
        status: "verified",
        copy: {
          sha256: "f2c2c576776bbfb81e373cf69fa7856960f4d01bb36fb0955768e3e50ca9549b",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "duplicate-text",
        description: "The date line is repeated; the headline is missing from the excerpt."
      }
    ],
    note: "A press conference of 2 December 2008 announcing the debate of 9 December (its date is kept here rather than as the publication date because it precedes the meeting)."
  },
  {
    id: "unscr-2004-03-26-resolution-1535",
    title: "Resolution 1535 (2004): Threats to international peace and security caused by terrorist acts",
    kind: "report",
    publisher: "un-security-council",
    published: "2004-03-26",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "http://unscr.com/en/resolutions/1535",
        status: "verified",
        copy: {
          sha256: "a7405a45d254c19c640dd479f3062f9b35e79dafbed5f20b7bbafd8497361e79",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "The site's tagline stands before the document."
      },
      {
        kind: "lost-characters",
        description: "Text is missing between two preambular paragraphs (the first ends unfinished)."
      }
    ],
    note: "A copy of the resolution's text on a third-party site."
  },
  {
    id: "globalsecurity-2004-03-26-arias-press-conference",
    title: "Press conference by the Chairman of the Counter-Terrorism Committee, 26 March 2004",
    kind: "press-release",
    publisher: "united-nations",
    published: "2004-03-26",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://www.globalsecurity.org/security/library/news/2004/03/sec-040326-unconf01.htm",
        status: "verified",
        note: "A copy of the document published on another site.",
        copy: {
          sha256: "33e6f269b0482e3c8d6c9356353e7d53aef8b555dd944fccf1342e04dbb13cee",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "An advertisement and a section name of the reposting site stand before the release."
      },
      {
        kind: "typo",
        description: "A hyphen and an en dash stand for a double dash."
      },
      {
        kind: "typo",
        description: "An en dash and a hyphen stand for a double dash."
      }
    ],
    note: "A UN press-conference summary reposted by GlobalSecurity.org."
  },
  {
    id: "rcss-2010-06-08-colombo-workshop",
    title: "Workshop : Police Officers and Prosecutors in South Asia on Effectively Countering Terrorism",
    kind: "third-party-report",
    published: "2010-06-08",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "http://rcssorg.blogspot.com/2010/06/workshop-police-officers-and.html",
        status: "verified",
        copy: {
          sha256: "093afc5db7d00daf73c325cef44dae852667d499a06ed2bc5b483471b78de440",
          bytes: 1999,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "typo",
        description: "A space before the colon of the title."
      },
      {
        kind: "typo",
        description: "“Services” for “Service” (the press release has the singular)."
      },
      {
        kind: "typo",
        description: "A stray comma."
      }
    ]
  },
  {
    id: "studylib-2010-06-10-colombo-press-release",
    title: "PRESS RELEASE REGIONAL POLICE, PROSECUTORS DISCUSS EFFECTIVELY COUNTERINGTERRORISM IN SOUTH ASIA",
    kind: "press-release",
    published: "2010-06-10",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "repost",
        url: "https://studylib.net/doc/8152391/press-release---global-center-on-cooperative-security",
        status: "verified",
        note: "A copy of the document published on another site.",
        copy: {
          sha256: "cdc44d87f812f1ddc98d8859456ceb1a6fece60609a3d3011821882d7f44b5c1",
          bytes: 2000,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "lost-characters",
        description: "A space between two words of the headline is lost."
      },
      {
        kind: "typo",
        description: "“Investigations” for “Investigation”."
      }
    ],
    note: "The organizers' press release, copied on a document-sharing site."
  },
  {
    id: "globalcenter-colombo-workshop-event",
    title: "Regional Workshop for Police Officers and Prosecutors in South Asia on Effectively Countering Terrorism",
    kind: "listing",
    publisher: "global-center-on-cooperative-security",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://www.globalcenter.org/events/regional-workshop-for-police-officers-and-prosecutors-in-south-asia-on-effectively-countering-terrorism/",
        status: "verified",
        copy: {
          sha256: "807b0eaa672a3eb9b7030e9ff354e2f6cfa75199e5adb62d612a15c54a4bcde6",
          bytes: 904,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A newsletter sign-up box follows the text."
      }
    ]
  },
  {
    id: "globalcenter-eighth-south-asia-workshop-event",
    title: "Eighth Regional Workshop for Judges, Prosecutors, and Police Officers in South Asia",
    kind: "listing",
    publisher: "global-center-on-cooperative-security",
    language: "en",
    retrieved: "2026-12-02",
    locations: [
      {
        role: "third-party",
        url: "https://www.globalcenter.org/events/eighth-regional-workshop-for-judges-prosecutors-and-police-officers-in-south-asia/",
        status: "verified",
        copy: {
          sha256: "f4361cb9e2e154777dcc01541e8052ce6394c969ea1ed963e2a4bd7f7a969c19",
          bytes: 1956,
          retrieved: "2026-12-02",
          extent: "excerpt"
        }
      }
    ],
    defects: [
      {
        kind: "metadata-removed",
        description: "A newsletter sign-up box follows the text."
      }
    ]
  },
];
