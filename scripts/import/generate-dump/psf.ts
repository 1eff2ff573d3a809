/**
 * The PSF side of the generated dump: success stories, community posts, nominations and sponsors
 * (shares of the total: stories 1%, posts 1% with a link each, nominees and nominations 0.5% each,
 * sponsors 0.5% with a contact and a sponsorship each).
 */
import { cms, day, file as writeFile, iso, markup, range, words } from "./rows";

export async function writePsfRows(out: string, n: (share: number) => number, users: number) {
  const file = (name: string, rows: Iterable<unknown>) => writeFile(out, name, rows);
  await file("stories.json", [
    ...range("successstories.storycategory", 8, (i) => ({
      name: `Story category ${i}`,
      slug: `gen-stories-${i}`,
    })),
    ...range("successstories.story", n(0.01), (i) => ({
      ...cms(i, (i % users) + 1),
      name: `Story ${i}`,
      slug: `gen-story-${i}`,
      company_name: `Company ${i % 300}`,
      company_url: `https://company${i % 300}.example.org/`,
      company: null,
      category: (i % 8) + 1,
      author: `Author ${i}`,
      author_email: null,
      pull_quote: words(i, 12),
      ...markup("content", words(i, 80), "markdown", i % 10 === 0 ? "" : `<p>${words(i, 80)}</p>`),
      is_published: i % 5 !== 0,
      featured: i % 50 === 0,
      image: "",
      submitted_by: (i % users) + 1,
    })),
  ]);
  const posts = n(0.01);
  await file("community.json", [
    ...range("community.post", posts, (i) => ({
      ...cms(i),
      title: `Post ${i}`,
      ...markup("content", `<p>${words(i, 20)}</p>`, "html", `<p>${words(i, 20)}</p>`),
      abstract: null,
      media_type: 4,
      source_url: "",
      meta: { generated: i },
      status: 2,
    })),
    ...range("community.link", posts, (i) => ({ ...cms(i), post: i, url: `https://example.org/links/${i}` })),
  ]);
  const nominees = n(0.005);
  await file("nominations.json", [
    ...range("nominations.electionkind", 1, () => ({
      name: "Generated Board",
      slug: "generated-board",
      accent_color: "#3776ab",
      nomination_form: "board",
    })),
    ...range("nominations.election", 10, (i) => ({
      name: `Generated election ${i}`,
      date: day(12_000 + i * 365),
      kind: 1,
      nominations_open_at: iso(100_000 + i * 8760),
      nominations_close_at: iso(100_700 + i * 8760),
      ...markup("description", words(i, 20), "markdown", ""),
      hide_previous_service: false,
      slug: `generated-election-${i}`,
    })),
    ...range("nominations.nominee", nominees, (i) => ({
      election: (i % 10) + 1,
      user: (i % users) + 1,
      accepted: i % 3 !== 0,
      approved: i % 2 === 0,
      slug: `member-${i}`,
    })),
    ...range("nominations.nomination", nominees, (i) => ({
      election: (i % 10) + 1,
      name: `Member ${i}`,
      email: `member${i}@example.org`,
      previous_board_service: "None",
      employer: `Company ${i % 300}`,
      other_affiliations: "",
      ...markup("nomination_statement", words(i, 40), "markdown", ""),
      nominator: ((i + 1) % users) + 1,
      nominee: i,
      accepted: i % 3 !== 0,
      approved: i % 2 === 0,
      coc_acknowledged: true,
      mission_alignment: true,
      eligibility_confirmed: true,
    })),
  ]);
  const sponsors = n(0.005);
  await file("sponsors.json", [
    ...range("sponsors.sponsorshipprogram", 1, () => ({
      order: 0,
      name: "Generated Foundation",
      description: null,
    })),
    ...range("sponsors.sponsorshippackage", 1, () => ({
      order: 0,
      name: "Generated Partner",
      sponsorship_amount: 10_000,
      advertise: true,
      logo_dimension: 175,
      slug: "generated-partner",
      year: 2026,
      allow_a_la_carte: true,
    })),
    ...range("sponsors.sponsor", sponsors, (i) => ({
      ...cms(i),
      name: `Sponsor ${i}`,
      description: words(i, 15),
      landing_page_url: `https://sponsor${i}.example.org/`,
      twitter_handle: "",
      linked_in_page_url: "",
      web_logo: "",
      white_logo: "",
      print_logo: "",
      primary_phone: "5555550100",
      mailing_address_line_1: `${i} Example Street`,
      mailing_address_line_2: "",
      city: "Wilmington",
      state: "DE",
      postal_code: "19801",
      country: "US",
      country_of_incorporation: "US",
      state_of_incorporation: "DE",
    })),
    ...range("sponsors.sponsorcontact", sponsors, (i) => ({
      sponsor: i,
      user: (i % users) + 1,
      primary: true,
      administrative: false,
      accounting: false,
      manager: false,
      name: `Contact ${i}`,
      email: `contact${i}@sponsor${i}.example.org`,
      phone: "5555550100",
    })),
    ...range("sponsors.sponsorship", sponsors, (i) => ({
      submited_by: (i % users) + 1,
      sponsor: i,
      status: ["applied", "approved", "finalized", "rejected"][i % 4],
      locked: i % 4 === 2,
      start_date: i % 4 === 2 ? "2026-01-01" : null,
      end_date: i % 4 === 2 ? "2026-12-31" : null,
      applied_on: day(12_700 + (i % 300)),
      approved_on: i % 4 === 1 || i % 4 === 2 ? day(12_710 + (i % 300)) : null,
      rejected_on: i % 4 === 3 ? day(12_710 + (i % 300)) : null,
      finalized_on: i % 4 === 2 ? day(12_720 + (i % 300)) : null,
      year: 2026,
      for_modified_package: false,
      level_name_old: "",
      package: 1,
      sponsorship_fee: 10_000,
      overlapped_by: null,
      renewal: null,
    })),
  ]);
}
