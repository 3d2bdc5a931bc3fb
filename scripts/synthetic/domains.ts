/**
 * What synthetic conversations are about: kinds of contact center, their
 * companies, and the problems customers call with. Sentences carry slots
 * ({product}, {amount}, {date}...) filled per conversation, so the same
 * problem is told with different details each time.
 */
export interface Issue {
  topic: string;
  /** The customer's first description of the problem. */
  opener: readonly string[];
  /** What the customer adds when asked. */
  details: readonly string[];
  /** What the agent checks, explains or asks. */
  steps: readonly string[];
  /** The agent fixes it or agrees a next step. */
  resolved: readonly string[];
  /** The agent cannot fix it today. */
  unresolved: readonly string[];
}

export interface Domain {
  id: string;
  /** The project the records go to. */
  project: string;
  companies: readonly string[];
  /** Fills {product}. */
  products: readonly string[];
  /** What the agent asks to find the customer: fills {idKind}. */
  idKinds: readonly string[];
  issues: readonly Issue[];
}

export const DOMAINS: readonly Domain[] = [
  {
    id: "broadband",
    project: "Broadband support",
    companies: ["Northwind Fibre", "Bluewave Broadband", "Kestrel Net", "Harbour Telecom"],
    products: ["the fibre 500 package", "the basic broadband plan", "the gigabit plan", "the home phone and broadband bundle"],
    idKinds: ["account number", "postcode and the first line of the address", "the security word on the account"],
    issues: [
      {
        topic: "slow internet",
        opener: [
          "my internet has been really slow since {weekday}, I can barely load a web page",
          "the broadband keeps dropping out every evening, it's been like this for {count} days",
          "I'm paying for {product} and I'm getting about a tenth of the speed",
        ],
        details: [
          "the router lights are flashing orange most of the time",
          "it's worse when the kids are streaming, but even on one laptop it's slow",
          "I've already restarted the router twice today",
          "it's fine in the morning and then from about six o'clock it falls apart",
        ],
        steps: [
          "I'm running a line test now, it takes about a minute",
          "I can see a lot of errors on the line overnight, which points to a fault outside the property",
          "could you plug the router into the master socket with the filter removed for me",
          "the router's firmware is out of date, I'm pushing an update to it now",
        ],
        resolved: [
          "I've booked an engineer for {date} between eight and one, and I've added a credit of {amount} for the trouble",
          "the line has resynced and I'm seeing full speed now, can you try a page for me",
          "I've reset the line profile, it should be back to normal speed within the hour",
        ],
        unresolved: [
          "I'm afraid the earliest engineer visit is {date}, I can't get anyone out sooner",
          "there's a wider outage in {city} and I don't have a fix time yet",
        ],
      },
      {
        topic: "bill increase",
        opener: [
          "my bill has gone up to {amount} this month and nobody told me",
          "I've been charged {amount} for calls I never made",
          "why am I paying more than the price I signed up for",
        ],
        details: [
          "the contract said the price was fixed for two years",
          "there's a line on the bill for international calls but I haven't rung abroad",
          "it was {amount} last month and it's jumped without any letter",
        ],
        steps: [
          "I can see the annual price rise was applied on {date}",
          "those calls were made to a premium number on {date}, let me check whether that's a known scam",
          "your introductory discount ended last month, that's the difference you're seeing",
        ],
        resolved: [
          "I've moved you onto a new deal at {amount} a month, fixed for eighteen months",
          "I've refunded the {amount} for those calls and put a bar on premium numbers",
          "I've applied a loyalty discount, so your next bill will be back to {amount}",
        ],
        unresolved: [
          "the price rise is in the terms, so I can't remove it, but I can put a complaint in for you",
          "I'll need the billing team to look at the calls, they'll come back to you within five working days",
        ],
      },
      {
        topic: "moving home",
        opener: [
          "I'm moving house on {date} and I need to take my broadband with me",
          "we're moving to {city} next month, can I keep the same package",
        ],
        details: ["the new address is {street}, {city}", "we'd need it working from the day we move, I work from home"],
        steps: [
          "I've checked the new address and {product} is available there",
          "the new property already has a line, so it should just be a switch-over on the day",
        ],
        resolved: [
          "it's all booked for {date}, you'll get a new router by post and the service moves over that morning",
          "I've arranged the move and kept your current price, the confirmation email is on its way",
        ],
        unresolved: ["the new address needs a new line installed and that takes about three weeks"],
      },
    ],
  },
  {
    id: "energy",
    project: "Energy customer service",
    companies: ["Brightside Energy", "Greenfield Power", "Meridian Gas and Electric", "Solace Energy"],
    products: ["the fixed tariff", "the variable tariff", "the green tariff", "the smart meter"],
    idKinds: ["account number", "postcode and date of birth", "meter serial number"],
    issues: [
      {
        topic: "high bill",
        opener: [
          "I've had a bill for {amount} and there's no way we used that much",
          "my direct debit has gone up to {amount} a month and I want to know why",
          "the bill says estimated reading again, I gave you a reading last week",
        ],
        details: [
          "the reading on the meter today is {number}",
          "we were away for two weeks in {month} so the usage should have been lower",
          "my neighbour pays half that for the same size house",
        ],
        steps: [
          "I can see the last three bills were based on estimates, which is why it jumped",
          "with the reading you've given me the usage drops by about a third",
          "your direct debit is reviewed every six months and it went up because of the new unit rate",
        ],
        resolved: [
          "I've re-billed the account from your reading, the new bill is {amount} and you're in credit",
          "I've lowered the direct debit to {amount} from next month",
          "I've booked a meter check for {date} to make sure the meter is reading correctly",
        ],
        unresolved: [
          "I can't change the bill until the meter is checked, the earliest slot is {date}",
          "the account is with the collections team now, so I'll have to pass this to them",
        ],
      },
      {
        topic: "smart meter not working",
        opener: [
          "my smart meter display has been blank since {weekday}",
          "the in-home display says no connection and the bills are estimated again",
        ],
        details: ["I've tried unplugging the display and plugging it back in", "the meter itself has a red light flashing"],
        steps: [
          "the meter hasn't sent a reading since {date}, so it's lost its signal",
          "I'm sending a remote reset to the communications hub now",
        ],
        resolved: [
          "the meter has reconnected and I can see today's reading, the display should pick it up within the hour",
          "I've booked an engineer for {date} to replace the communications hub",
        ],
        unresolved: ["the signal in your area is weak and I can't promise when that will improve"],
      },
      {
        topic: "payment difficulty",
        opener: [
          "I'm struggling to pay the bill this month, I lost my job",
          "I can't afford the {amount} you're asking for, is there anything you can do",
        ],
        details: ["I can pay something but not the whole amount", "I'm waiting for my first universal credit payment"],
        steps: [
          "we can set up a payment plan based on what you can afford",
          "there's a hardship fund you might be eligible for, I can check that with you",
        ],
        resolved: [
          "I've set up a plan of {amount} a month and put a hold on any further letters",
          "I've applied a credit of {amount} from the hardship fund and spread the rest over twelve months",
        ],
        unresolved: ["I'll need an income and expenditure form before I can agree a plan, I'll email it over"],
      },
    ],
  },
  {
    id: "bank",
    project: "Retail banking",
    companies: ["Castlegate Bank", "Union Mutual", "Pennant Building Society", "Ridgeway Bank"],
    products: ["the current account", "the savings account", "the credit card", "the personal loan"],
    idKinds: ["full name and date of birth", "the last four digits of the card", "the answer to your security question"],
    issues: [
      {
        topic: "card fraud",
        opener: [
          "there's a payment of {amount} on my card that I didn't make",
          "I've had a text about a transaction in {city} and I'm at home",
          "my card was declined and the app says it's been blocked",
        ],
        details: [
          "I still have the card in my hand",
          "it says it was an online purchase from a shop I've never heard of",
          "there are three payments actually, all on {date}",
        ],
        steps: [
          "I can see the payments, they were made online without the card present",
          "I'm cancelling the card now so nothing else can go through",
          "the block was put on by our fraud system because of an unusual payment",
        ],
        resolved: [
          "I've raised a dispute and refunded the {amount} while we investigate, a new card will arrive by {date}",
          "I've confirmed the payment was you, so I've lifted the block, the card will work straight away",
        ],
        unresolved: ["the fraud team has to review this before any refund, it can take up to ten working days"],
      },
      {
        topic: "mortgage overpayment",
        opener: ["I'd like to make an overpayment on the mortgage", "how much can I overpay each year without a charge"],
        details: ["we've had some money from an inheritance, about {amount}", "we'd rather lower the monthly payment than the term"],
        steps: [
          "you can overpay up to ten percent of the balance each year without an early repayment charge",
          "on your current balance that's up to about {amount} this year",
        ],
        resolved: ["I've noted that you want lower payments, once the money arrives the new payment will show from {date}"],
        unresolved: ["anything over the allowance would have a charge of two percent, so you might want to wait until {month}"],
      },
      {
        topic: "transfer missing",
        opener: [
          "I sent {amount} to my landlord on {weekday} and he says it hasn't arrived",
          "a transfer I made has disappeared, it left my account but never arrived",
        ],
        details: ["I used the app and it said the payment was sent", "the reference was my flat number"],
        steps: [
          "the payment left us on {date} and was accepted by the receiving bank",
          "the name didn't match the account exactly, so it may be held for checks at their end",
        ],
        resolved: ["I've put a trace on it, you'll hear from us by {date}, and I've sent you a payment confirmation to show your landlord"],
        unresolved: ["we can't recall a payment once it's been accepted, the receiving bank has to return it"],
      },
    ],
  },
  {
    id: "insurance",
    project: "Insurance claims",
    companies: ["Oakridge Insurance", "Beacon Home and Motor", "Redwood Insurance", "Lighthouse Cover"],
    products: ["the home insurance policy", "the car insurance policy", "the pet insurance policy", "the travel insurance policy"],
    idKinds: ["policy number", "policy number and postcode", "full name and date of birth"],
    issues: [
      {
        topic: "new claim",
        opener: [
          "I need to make a claim, there's been a leak and the kitchen ceiling has come down",
          "someone reversed into my car in a car park on {weekday}",
          "my dog needed an emergency operation and the vet bill is {amount}",
        ],
        details: [
          "it happened on {date} in the evening",
          "I've got photos of the damage and the other driver's details",
          "the vet says he'll need follow-up visits for a few weeks",
        ],
        steps: [
          "I've opened the claim, the reference is {number}",
          "your excess on this policy is {amount}",
          "I'll need the invoices and the photos, you can upload them in the app",
        ],
        resolved: [
          "I've approved the claim and the payment of {amount} will reach your account by {date}",
          "an assessor will visit on {date} and we'll arrange the repairs from there",
        ],
        unresolved: [
          "this kind of damage isn't covered under the policy, I'm sorry, but I'll send you the wording so you can see why",
          "the claim has to go to the specialist team because of the amount, they'll call you within three working days",
        ],
      },
      {
        topic: "renewal price",
        opener: [
          "my renewal has come through at {amount}, that's nearly double last year",
          "why has my premium gone up when I haven't claimed",
        ],
        details: ["I've had a quote elsewhere for much less", "nothing has changed, same car, same address"],
        steps: [
          "premiums have gone up across the market because repair costs have risen",
          "I can look at the excess and the optional extras to bring the price down",
        ],
        resolved: ["I can offer {amount} with the same cover if you raise the voluntary excess, I've updated the renewal"],
        unresolved: ["I can't match that quote, but you're free to cancel before the renewal date with no charge"],
      },
    ],
  },
  {
    id: "retail",
    project: "Online orders",
    companies: ["Parcel and Pine", "Maple Home Store", "Urban Threads", "Kitchen Corner"],
    products: ["the blender", "the sofa", "the winter coat", "the running shoes", "the coffee machine", "the bookcase"],
    idKinds: ["order number", "order number and email address", "the email address on the order"],
    issues: [
      {
        topic: "late delivery",
        opener: [
          "my order was supposed to arrive on {weekday} and it still hasn't come",
          "the tracking hasn't moved for {count} days",
          "I ordered {product} for a birthday on {date} and it's not here",
        ],
        details: ["the tracking just says in transit", "I paid for next day delivery", "I've been waiting in all day"],
        steps: [
          "I can see the parcel was held at the depot because of a sorting problem",
          "the courier marked it as delivered to a safe place at two o'clock",
          "I've contacted the courier and asked for an update",
        ],
        resolved: [
          "I've sent a replacement by express delivery, it will be with you tomorrow before noon, and refunded the delivery charge",
          "the courier has it on the van for tomorrow morning, and I've refunded the {amount} delivery fee",
        ],
        unresolved: ["I have to wait for the courier's investigation, which takes up to {count} working days, before I can send a replacement"],
      },
      {
        topic: "damaged item",
        opener: [
          "{product} arrived broken, the box was crushed",
          "I've opened the parcel and {product} has a big scratch down the side",
        ],
        details: ["I've taken photos of the box and the damage", "it's not usable like this"],
        steps: [
          "I'm sorry about that, could you send the photos to the email I'm sending you",
          "we can collect it from you and send a new one",
        ],
        resolved: [
          "a replacement is on its way for {date} and the courier will collect the damaged one at the same time",
          "I've refunded the full {amount} to your card, it'll show in three to five days",
        ],
        unresolved: ["that item is out of stock until {month}, so I can only offer a refund today"],
      },
      {
        topic: "return refused",
        opener: ["I tried to return {product} and you've refused the refund", "why haven't I had my refund for the return"],
        details: ["I sent it back within the thirty days", "it's unworn, it still has the tags on"],
        steps: [
          "the warehouse says the item came back used, so the refund was declined",
          "I can see the return arrived on {date} and it's waiting to be checked",
        ],
        resolved: ["I've overridden the decision and refunded the {amount}, it'll reach your card within five days"],
        unresolved: ["the warehouse decision stands, I'm afraid, but I can send the item back to you free of charge"],
      },
    ],
  },
  {
    id: "travel",
    project: "Travel bookings",
    companies: ["Skybridge Airways", "Compass Holidays", "Northstar Rail", "Atlas Car Rental"],
    products: ["the flight to {city}", "the package holiday", "the hotel booking", "the rental car"],
    idKinds: ["booking reference", "booking reference and surname", "the rental agreement number"],
    issues: [
      {
        topic: "cancelled flight",
        opener: [
          "my flight to {city} tomorrow has been cancelled and I need to get there",
          "I've just had a text saying {product} is cancelled",
        ],
        details: ["I've got a wedding on {weekday}", "we're travelling with two small children"],
        steps: [
          "the cancellation is because of the strike, so you can rebook for free or take a refund",
          "I've got seats on the {time} tomorrow afternoon or the first flight on {weekday}",
        ],
        resolved: [
          "I've moved you onto the {time} flight, same seats, no charge, and added a meal voucher",
          "I've processed the full refund of {amount}, it'll be back on your card within seven days",
        ],
        unresolved: ["everything is full until {date}, the best I can do is put you on the waiting list"],
      },
      {
        topic: "booking change",
        opener: ["I need to change the dates of {product}", "can I move my booking to next week"],
        details: ["it was booked for {date}", "I'd like to go a week later if possible"],
        steps: ["there's a change fee of {amount} plus any difference in price", "the later dates are actually a little cheaper"],
        resolved: ["I've changed the booking to the new dates, the confirmation is in your inbox"],
        unresolved: ["this fare can't be changed, I'm sorry, it's in the booking conditions"],
      },
    ],
  },
  {
    id: "subscription",
    project: "Subscriptions",
    companies: ["Streamline TV", "Pagewise Magazines", "FitLoop Gym", "Crate Kitchen Boxes"],
    products: ["the premium plan", "the family plan", "the monthly membership", "the annual subscription"],
    idKinds: ["the email address on the account", "account number", "full name and postcode"],
    issues: [
      {
        topic: "cancellation",
        opener: [
          "I want to cancel my subscription, I don't use it anymore",
          "I'd like to cancel {product} please",
          "I've been trying to cancel online for a week and the page doesn't work",
        ],
        details: ["money's tight at the moment", "we're moving abroad next month", "I only signed up for the free trial"],
        steps: [
          "before I do that, I can offer you three months at half price",
          "your plan runs until {date}, you'll keep access until then",
        ],
        resolved: [
          "I've cancelled it, there'll be no more payments, and you'll get a confirmation email now",
          "I've moved you to the basic plan at {amount} a month instead",
        ],
        unresolved: ["the annual plan can only be cancelled at the renewal date, which is {date}"],
      },
      {
        topic: "double charge",
        opener: ["I've been charged twice this month, {amount} both times", "there are two payments to you on my statement"],
        details: ["both went out on {date}", "I only have one account as far as I know"],
        steps: ["I can see a second account was opened with the same card on {date}", "the second payment was a failed retry that went through"],
        resolved: ["I've refunded the duplicate {amount} and closed the second account"],
        unresolved: ["the payments team has to approve refunds over {amount}, they'll email you within two days"],
      },
    ],
  },
  {
    id: "health",
    project: "Patient services",
    companies: ["Elmwood Surgery", "Riverside Dental", "Clearview Opticians", "Parkside Pharmacy"],
    products: ["the repeat prescription", "the check-up", "the eye test", "the blood test"],
    idKinds: ["date of birth", "full name and date of birth", "NHS number"],
    issues: [
      {
        topic: "appointment booking",
        opener: [
          "I need an appointment, I've had a temperature for {count} days",
          "I'd like to book {product} please",
          "I need to move my appointment on {weekday}",
        ],
        details: ["mornings are better for me", "I'm not able to drive at the moment"],
        steps: ["the first slot I have is {date} at {time}", "I can offer a phone consultation this afternoon instead"],
        resolved: ["you're booked in for {date} at {time}, you'll get a text reminder the day before"],
        unresolved: ["we're fully booked this week, please call back at eight tomorrow morning for an on-the-day slot"],
      },
      {
        topic: "prescription",
        opener: ["I'm calling about my repeat prescription, it wasn't ready when I went in", "my medication hasn't been sent to the pharmacy"],
        details: ["I've only got two days of tablets left", "I requested it on {date}"],
        steps: ["the doctor needs to review it because it's been a year since your last check", "I can see it was sent to the wrong pharmacy"],
        resolved: ["I've sent it to your usual pharmacy and marked it urgent, it'll be ready after four today"],
        unresolved: ["the doctor has to sign it off and won't be in until {weekday}"],
      },
    ],
  },
  {
    id: "software",
    project: "Software support",
    companies: ["Ledgerly", "Taskmint", "CloudNest", "Formwise"],
    products: ["the invoicing app", "the desktop client", "the mobile app", "the team workspace"],
    idKinds: ["the email address on the account", "workspace name", "account number"],
    issues: [
      {
        topic: "login problem",
        opener: [
          "I can't log in, it keeps saying my password is wrong",
          "the two-factor code never arrives",
          "I'm locked out of {product} and I've got a deadline today",
        ],
        details: ["I reset the password twice already", "I changed my phone number last month"],
        steps: [
          "the account was locked after five failed attempts, I'm unlocking it now",
          "the codes are going to your old number, let me update it after a quick check",
        ],
        resolved: ["you should be able to log in now, I've sent a reset link that's valid for an hour"],
        unresolved: ["for security I can't change the number over the phone, the account owner has to approve it by email"],
      },
      {
        topic: "data sync",
        opener: ["my data isn't syncing between the laptop and the phone", "half of my invoices have disappeared from {product}"],
        details: ["it stopped working after the update on {date}", "I can see them on the website but not in the app"],
        steps: ["there was a sync issue with version four point two, a fix went out this morning", "could you sign out and back in for me"],
        resolved: ["I can see everything has synced now, all {count} invoices are there"],
        unresolved: ["this is a known bug and the developers are working on it, I'll email you when the fix is out"],
      },
    ],
  },
  {
    id: "council",
    project: "Council services",
    companies: ["Westbrook Council", "Hillford District Council", "Lakeside Borough Council"],
    products: ["council tax", "the bin collection", "the parking permit", "the housing repair"],
    idKinds: ["council tax reference", "full name and address", "permit number"],
    issues: [
      {
        topic: "missed bin collection",
        opener: ["our bins haven't been collected for two weeks", "the recycling wasn't picked up on {weekday} again"],
        details: ["it was out by seven in the morning", "the whole street was missed"],
        steps: ["the crew reported that the road was blocked by parked cars", "I'm logging a missed collection now"],
        resolved: ["a crew will come back for it by {weekday}, and I've flagged the street for the supervisor"],
        unresolved: ["we can't collect extra bags outside the bin, I'm afraid"],
      },
      {
        topic: "council tax",
        opener: ["I live on my own now and I want the single person discount", "my council tax bill is wrong, it's for the wrong band"],
        details: ["my partner moved out on {date}", "the house next door is the same and it's a band lower"],
        steps: ["I can apply the discount from the date your partner moved out", "band challenges go through the valuation office, I can give you their details"],
        resolved: ["I've applied the twenty-five percent discount from {date}, a new bill will be posted this week"],
        unresolved: ["I'll need proof of the date they moved out before I can apply it"],
      },
    ],
  },
];

export const FIRST_NAMES: readonly string[] = [
  "Amara", "Ben", "Chloe", "Dev", "Elena", "Femi", "Grace", "Hassan", "Isla", "Jonah", "Keiko", "Liam", "Maya", "Nikhil",
  "Olivia", "Pavel", "Quinn", "Rosa", "Samir", "Tara", "Umar", "Valentina", "Wes", "Ximena", "Yusuf", "Zoe", "Aaron",
  "Bea", "Callum", "Dara", "Ewan", "Farah", "Gus", "Hana", "Ibrahim", "Jade", "Kofi", "Lena", "Marco", "Nadia", "Owen",
  "Priya", "Rafael", "Sofia", "Tom", "Uma", "Victor", "Wendy", "Yara", "Zack",
];

export const SURNAMES: readonly string[] = [
  "Adams", "Okafor", "Brennan", "Chen", "Diaz", "Evans", "Fischer", "Gallagher", "Haddad", "Iqbal", "Jensen", "Kowalski",
  "Lopez", "Murphy", "Nakamura", "O'Neill", "Patel", "Quinn", "Rossi", "Singh", "Thompson", "Usman", "Varga", "Walsh",
  "Yilmaz", "Zhang", "Barnes", "Campbell", "Dlamini", "Edwards",
];

export const CITIES: readonly string[] = [
  "Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast", "Manchester", "Dublin", "Madrid", "Lisbon", "Toronto", "Denver",
  "Austin", "Oslo", "Lyon", "Porto", "Nottingham", "Brighton", "Aberdeen",
];

export const STREETS: readonly string[] = [
  "Mill Lane", "Station Road", "Church Street", "Victoria Avenue", "Park Crescent", "Elm Grove", "King Street",
  "Orchard Close", "Riverside Walk", "Hillview Road",
];

export const WEEKDAYS: readonly string[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTHS: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
