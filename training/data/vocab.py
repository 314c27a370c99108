"""Built-in vocabulary: words, names, places, products, file names, sentences. Pure data + tiny samplers."""

FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan "
         "Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Donald "
         "Ashley Steven Emily Paul Kimberly Andrew Donna Joshua Michelle Kevin Carol Brian Amanda George Melissa "
         "Timothy Deborah Ronald Stephanie Jason Rebecca Edward Laura Jeffrey Helen Ryan Sharon Jacob Cynthia "
         "Gary Kathleen Nicholas Amy Eric Anna Jonathan Shirley Stephen Angela Larry Ruth Justin Brenda Scott "
         "Pamela Frank Nicole Benjamin Katherine Samuel Virginia Gregory Catherine Alexander Christine Patrick "
         "Samantha Raymond Debra Jack Janet Dennis Rachel Jerry Carolyn Tyler Emma Aaron Maria Henry Heather "
         "Adam Diane Nathan Julie Zachary Joyce Peter Victoria Kyle Kelly Noah Christina Ethan Joan Jeremy Evelyn "
         "Lucas Judith Sofia Mateo Aisha Omar Fatima Yuki Hiro Mei Chen Wei Priya Arjun Ravi Anika Lars Ingrid "
         "Sven Astrid Pierre Camille Luca Giulia Hans Greta Pablo Lucia Diego Elena Ivan Olga Kofi Amara Tariq "
         "Leila Noor Mohammed Sana Jonas Clara Felix Marta Nina Oscar Hugo Alice Chloe Zoe Ella Leo Max Ben Sam").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
        "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark "
        "Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams "
        "Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Schmidt Muller Fischer Weber Rossi Bianchi "
        "Dubois Laurent Moreau Novak Kowalski Nowak Svensson Hansen Jensen Nielsen Larsen Tanaka Suzuki Sato "
        "Kim Park Patel Shah Singh Kumar Khan Ali Okafor Mensah Silva Santos Costa Oliveira Ivanova Petrov "
        "Fernandez Gomez Diaz Reyes Morales Ortiz Cooper Reed Bailey Bell Murphy Cook Rogers Morgan Peterson").split()
CITIES = ("London Paris Berlin Madrid Rome Lisbon Dublin Amsterdam Brussels Vienna Prague Warsaw Oslo Stockholm "
          "Helsinki Copenhagen Athens Istanbul Cairo Nairobi Lagos Accra Tokyo Osaka Seoul Beijing Shanghai Mumbai "
          "Delhi Bangkok Singapore Sydney Melbourne Auckland Toronto Vancouver Montreal Chicago Boston Seattle Denver "
          "Austin Dallas Miami Atlanta Phoenix Portland Lima Bogota Santiago Mexico Havana Zurich Geneva Munich "
          "Hamburg Lyon Milan Naples Porto Seville Valencia Glasgow Edinburgh Manchester Leeds Bristol Cardiff").split()
MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

NOUNS = ("account address agenda agreement album answer appointment article assignment audit backup balance "
         "bank battery bill birthday board book booking branch budget bug build bus cable calendar camera campaign "
         "car card cart case catalog chapter chart checklist city class client coffee comment company computer "
         "concert contact contract cost course customer dashboard data deadline delivery department design desk "
         "device diary dinner discount document draft driver email employee engine estimate event expense family "
         "feature feedback file folder form friend game garden gift goal grade group guide health holiday home "
         "hotel idea image inbox income invoice issue item job journey key kitchen label laptop lesson letter "
         "library license list loan lunch machine manual map market meeting member memo menu message method "
         "minutes model money month movie music network news note notice office order package page password "
         "payment people phone photo picture plan player playlist policy post price printer problem product "
         "profile program project proposal purchase question quote receipt recipe record report request "
         "reservation result review room route salary sale schedule school score screen script season server "
         "service session setting share shift shop song source space speaker station status storage store "
         "story student subscription summary supplier support survey system table task team template test "
         "text ticket time timeline tool topic total tour track train training travel trip update upload user "
         "vacation version video visit volume warning weather website week window word work workshop year").split()
ADJ = ("new old final draft quick simple important urgent weekly monthly annual daily personal private shared "
       "public open closed pending approved late early free full empty short long small large main local remote "
       "secure updated missing broken complete partial recent next last first second third best top quiet busy "
       "green blue red yellow bright dark light fresh warm cold happy easy hard clear current total net gross").split()
VERBS = ("review check send update finish prepare schedule confirm book order print sign share upload download "
         "install remove delete rename archive call email invite plan cancel reply approve submit fix test "
         "deploy backup clean organize read write edit pay renew restart open close save export import").split()
COMPANIES = ("Northwind Contoso Fabrikam Globex Initech Umbrella Acme Stark Wayne Hooli Vandelay Soylent "
             "Cyberdyne Tyrell Wonka Oceanic Aperture Gringotts Dunder Pied Piper Bluth Sterling Prestige Massive "
             "Zenith Apex Summit Harbor Pioneer Evergreen Silverline Brightside Redwood Lakeside Meridian Nova").split()
PRODUCTS = ("Wireless Mouse|USB-C Cable|Laptop Stand|Coffee Mug|Desk Lamp|Notebook|Backpack|Water Bottle|"
            "Headphones|Keyboard|Monitor 24 inch|Phone Case|Running Shoes|Rain Jacket|Wool Scarf|Sunglasses|"
            "Office Chair|Bookshelf|Plant Pot|Tea Kettle|Blender|Toaster|Frying Pan|Chef Knife|Cutting Board|"
            "Bath Towel|Pillow|Blanket|Alarm Clock|Wall Clock|Camera Bag|Tripod|Memory Card|Power Bank|"
            "Bluetooth Speaker|Smart Watch|Fitness Band|Yoga Mat|Dumbbells|Bicycle Helmet|Tent|Sleeping Bag|"
            "Paint Set|Pencil Case|Stapler|Scissors|Calculator|Printer Paper|Ink Cartridge|Router|HDMI Cable|"
            "Webcam|Microphone|Tablet|E-Reader|Board Game|Puzzle|Teddy Bear|Socks|T-Shirt|Jeans|Sneakers").split("|")
FOODS = ("Apples Bananas Bread Butter Cheese Chicken Coffee Eggs Flour Milk Oranges Pasta Potatoes Rice Salmon "
         "Sugar Tea Tomatoes Yogurt Carrots Onions Garlic Lemons Beans Soup Cereal Honey Jam Juice Water").split()
TOPICS = ("Weather|Sports|Politics|Science|Technology|Health|Business|Travel|Culture|Education|Music|Movies|"
          "Food|Climate|Space|Economy|Local News|World|Opinion|Books|Gaming|Finance|Cars|Fashion").split("|")
EXT = {"document": ["odt", "docx", "txt", "pdf", "md"], "spreadsheet": ["ods", "xlsx", "csv"],
       "image": ["png", "jpg", "svg"], "audio": ["mp3", "ogg", "flac"], "video": ["mp4", "mkv", "webm"],
       "archive": ["zip", "tar.gz"], "code": ["py", "java", "js", "sh", "c", "html", "json"]}
FOLDERS = ("Documents Downloads Music Pictures Videos Desktop Projects Work Photos Invoices Taxes School Backup "
           "Recipes Travel Screenshots Templates Public Archive Notes Reports Scans Letters Family Budget").split()

SENTENCES = [
    "Please review the attached report before the meeting on {day}.",
    "The {noun} for {month} is ready and has been shared with the team.",
    "Thank you for your order, it will be delivered on {day}.",
    "We need to finish the {adj} {noun} by the end of the week.",
    "Remember to back up your files before installing the update.",
    "The meeting has been moved to {time} in room {num}.",
    "Can you send me the latest version of the {noun}?",
    "The total cost of the project is now {money}.",
    "Our office in {city} will be closed on {day}.",
    "I have attached the {noun} you asked for yesterday.",
    "The printer on the second floor is out of paper again.",
    "Sales grew by {pct} compared with last quarter.",
    "Dinner is at seven, please bring something to drink.",
    "The new {noun} works well, but the {noun2} still needs testing.",
    "Tickets for the concert in {city} are now on sale.",
    "Please sign the {noun} and return it by {month} {num}.",
    "Heavy rain is expected in {city} this afternoon.",
    "The library will open late on {day} because of maintenance.",
    "Your password will expire in {num} days.",
    "Call {first} about the {noun} when you have a minute.",
    "The train to {city} leaves at {time} from platform {num}.",
    "Add milk, eggs and bread to the shopping list.",
    "The results of the survey are summarised in the table below.",
    "This chapter explains how to set up the {noun}.",
    "Water the plants and feed the cat while I am away.",
    "The team agreed to review the {noun} every {day}.",
    "Make sure the {noun} is saved before closing the window.",
    "The doctor's appointment is on {day} at {time}.",
    "Prices start at {money} and include free delivery.",
    "Students must hand in the {noun} before {month} {num}.",
    "The server was restarted at {time} and is running normally.",
    "{first} will present the {adj} {noun} on {day}.",
    "Download the {noun} and open it with any text editor.",
    "The bridge in {city} is closed for repairs until {month}.",
    "Do not forget to charge the laptop before the trip.",
    "Each member of the group should read chapter {num}.",
    "The recipe needs two cups of flour and one egg.",
    "A copy of the {noun} has been sent to your email address.",
    "Traffic is heavy near the city centre this morning.",
    "The museum in {city} offers free entry on {day}.",
    "Hi {first}, thanks for your quick reply.",
    "Let me know if you have any questions.",
    "The kitchen will be cleaned on {day} morning.",
    "Our team reached {pct} of the yearly goal in {month}.",
    "Please update the {noun} list before the review.",
    "The store opens at {time} and closes at nine.",
    "We moved the launch to {month} {num} because of testing.",
    "The weather in {city} will be sunny with a light wind.",
    "I will be out of the office until {day}.",
    "Click the link below to confirm your email address.",
    "Your subscription renews on {month} {num} for {money}.",
    "The software update fixes several security problems.",
    "Bring your ID card and a copy of the {noun}.",
    "This document describes the {adj} {noun} in detail.",
    "Step {num}: open the settings and choose the {noun} tab.",
    "The delivery to {city} is delayed by two days.",
    "Book club meets on {day} to discuss chapter {num}.",
    "The invoice total is {money}, due within 30 days.",
    "Remember to turn off the lights when you leave.",
    "The children's swimming lesson starts at {time}.",
    "The app crashed when I tried to open the {noun}.",
    "We are happy to welcome {first} to the team.",
    "The flight from {city} lands at {time}.",
    "Parking is free after six in the evening.",
    "Sign up now and get your first month free.",
    "The recipe takes about forty minutes to prepare.",
    "All {noun}s must be approved by {first} first.",
    "The quarterly report shows a small increase in sales.",
    "Please restart your computer to finish the installation.",
    "The new office in {city} opens next {month}.",
    "Write down any problems you find in this list.",
    "Our support team will answer within 24 hours.",
    "The concert was moved to the main hall.",
    "Check the attached photos from the trip to {city}.",
    "The battery lasts about ten hours on a full charge.",
    "Reply to this email to confirm your booking.",
    "Tomorrow's meeting is cancelled, see you next week.",
    "The garden needs watering twice a week in summer.",
    "Thank you for shopping with {company}.",
]
PHRASES = ["Meeting notes", "Shopping list", "To do", "Project plan", "Weekly report", "Travel plans",
           "Budget overview", "Reading list", "Ideas", "Questions for the team", "Packing list", "Recipe",
           "Release notes", "Installation guide", "Minutes", "Agenda", "Summary", "Introduction", "Contact details",
           "Next steps", "Open issues", "Action items", "Goals for this year", "Birthday party", "Garden tasks"]


def person(rng):
    return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))


def time_str(rng, h24=None):
    h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, rng.randint(0, 59)])
    if h24 is None:
        h24 = rng.random() < 0.6
    if h24:
        return "%02d:%02d" % (h, m)
    return "%d:%02d %s" % ((h % 12) or 12, m, "AM" if h < 12 else "PM")


def date_str(rng):
    d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2027)
    f = rng.randrange(5)
    if f == 0:
        return "%s %d, %d" % (MONTHS[mo - 1], d, y)
    if f == 1:
        return "%d %s %d" % (d, MONTHS[mo - 1][:3], y)
    if f == 2:
        return "%d-%02d-%02d" % (y, mo, d)
    if f == 3:
        return "%02d/%02d/%d" % (d, mo, y)
    return "%s %d" % (MONTHS[mo - 1][:3], d)


def money(rng, lo=1, hi=2000):
    v = rng.uniform(lo, hi)
    cur = rng.choice(["$", "$", "€", "£"])
    return "%s%.2f" % (cur, v) if v < 100 else "%s%s" % (cur, format(int(v), ","))


def fill(rng, template):
    return template.format(day=rng.choice(DAYS), noun=rng.choice(NOUNS), noun2=rng.choice(NOUNS),
                           adj=rng.choice(ADJ), month=rng.choice(MONTHS), time=time_str(rng), num=rng.randint(2, 30),
                           city=rng.choice(CITIES), first=rng.choice(FIRST), money=money(rng),
                           pct="%d%%" % rng.randint(2, 40), company=rng.choice(COMPANIES))


def sentence(rng):
    if rng.random() < 0.95:
        return fill(rng, rng.choice(SENTENCES))
    n = rng.randint(5, 11)
    words = [rng.choice(NOUNS + ADJ + VERBS + ["the", "a", "and", "to", "of", "for", "with", "on", "in"])
             for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng, n=None):
    return " ".join(sentence(rng) for _ in range(n or rng.randint(2, 5)))


def title_words(rng, k=None):
    k = k or rng.randint(1, 3)
    w = [rng.choice(ADJ)] * (k > 1) + [rng.choice(NOUNS) for _ in range(k - (k > 1))]
    return " ".join(w).title()


def file_name(rng, cat=None):
    cat = cat or rng.choice(list(EXT))
    ext = rng.choice(EXT[cat])
    f = rng.randrange(5)
    if f == 0:
        base = "%s_%s" % (rng.choice(NOUNS), rng.randint(2019, 2027))
    elif f == 1:
        base = "%s-%s" % (rng.choice(ADJ), rng.choice(NOUNS))
    elif f == 2:
        base = {"image": "IMG_%04d" % rng.randint(1, 9999), "audio": "track%02d" % rng.randint(1, 20),
                "video": "clip_%03d" % rng.randint(1, 300)}.get(cat, rng.choice(NOUNS).capitalize())
    elif f == 3:
        base = "%s %s" % (rng.choice(NOUNS).capitalize(), rng.choice(MONTHS))
    else:
        base = rng.choice(NOUNS) + ("s" if rng.random() < 0.3 else "")
    return "%s.%s" % (base, ext)


def email_addr(rng, name=None):
    name = name or person(rng)
    dom = rng.choice(COMPANIES).lower() + rng.choice([".com", ".org", ".net", ".io", ".co.uk"])
    return "%s.%s@%s" % (name.split()[0].lower(), name.split()[-1].lower(), dom)


def subject(rng):
    f = rng.randrange(4)
    if f == 0:
        return ("%s %s" % (rng.choice(["Re:", "Fwd:", "", ""]), rng.choice(PHRASES))).strip()
    if f == 1:
        return "%s for %s" % (rng.choice(NOUNS).capitalize(), rng.choice(MONTHS))
    if f == 2:
        return "Your %s is %s" % (rng.choice(["order", "booking", "invoice", "ticket", "package"]),
                                  rng.choice(["confirmed", "ready", "on its way", "overdue", "attached"]))
    s = sentence(rng)
    return s if len(s) <= 48 else s[:48].rsplit(" ", 1)[0].rstrip(" ,.")


def host(rng):
    return rng.choice(COMPANIES).lower() + rng.choice([".com", ".org", ".net", ".io", ".example.com"])
