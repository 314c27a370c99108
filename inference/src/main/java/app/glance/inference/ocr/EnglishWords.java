package app.glance.inference.ocr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * About 2,500 English words for {@link WordSplitter}: the most common words roughly in frequency order, then words seen
 * on computer screens (menus, buttons, settings, messages) and more everyday words, then product and brand names.
 * Only the order matters (earlier is cheaper), not exact counts. Regular inflections (-s, -es, -ed, -ing, -ly) are
 * derived by the splitter, so mostly base forms are listed. The first block follows, from memory, the order of the
 * widely circulated "1000 most common English words" teaching list; the rest was written for Glance.
 */
final class EnglishWords {

    private EnglishWords() {
    }

    static List<String> byFrequency() {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String part : List.of(COMMON, MORE, SCREEN)) {
            for (String w : part.split("\\s+")) {
                if (!w.isBlank()) {
                    words.add(w);
                }
            }
        }
        return new ArrayList<>(words);
    }

    private static final String COMMON = """
        the of and to a in is it you that he was for on are with as i his they be at one have this from or had by
        into your
        not word but what some we can out other were all there when up use your how said an each she which do their
        time if will way about many then them write would like so these her long make thing see him two has look more
        day could go come did number sound no most people my over know water than call first who may down side been
        now find any new work part take get place made live where after back little only round man year came show every
        good me give our under name very through just form sentence great think say help low line differ turn cause
        much mean before move right boy old too same tell does set three want air well also play small end put home
        read hand port large spell add even land here must big high such follow act why ask men change went light kind
        off need house picture try us again animal point mother world near build self earth father head stand own page
        should country found answer school grow study still learn plant cover food sun four between state keep eye
        never last let thought city tree cross farm hard start might story saw far sea draw left late run don't while
        press close night real life few north open seem together next white children begin got walk example ease paper
        group always music those both mark often letter until mile river car feet care second book carry took science
        eat room friend began idea fish mountain stop once base hear horse cut sure watch color colour face wood main
        enough plain girl usual young ready above ever red list though feel talk bird soon body dog family direct pose
        leave song measure door product black short numeral class wind question happen complete ship area half rock
        order fire south problem piece told knew pass since top whole king space heard best hour better true during
        hundred five remember step early hold west ground interest reach fast verb sing listen six table travel less
        morning ten simple several vowel toward war lay against pattern slow center centre love person money serve
        appear road map rain rule govern pull cold notice voice unit power town fine certain fly fall lead cry dark
        machine note wait plan figure star box noun field rest correct able pound done beauty drive stood contain
        front teach week final gave green oh quick develop ocean warm free minute strong special mind behind clear
        tail produce fact street inch multiply nothing course stay wheel full force blue object decide surface deep
        moon island foot system busy test record boat common gold possible plane stead dry wonder laugh thousand ago
        ran check game shape equate hot miss brought heat snow tire bring yes distant fill east paint language among
        grand ball yet wave drop heart am present heavy dance engine position arm wide sail material size vary settle
        speak weight general ice matter circle pair include divide syllable felt perhaps pick sudden count square
        reason length represent art subject region energy hunt probable bed brother egg ride cell believe fraction
        forest sit race window store summer train sleep prove lone leg exercise wall catch mount wish sky board joy
        winter sat written wild instrument kept glass grass cow job edge sign visit past soft fun bright gas weather
        month million bear finish happy hope flower clothe strange gone jump baby eight village meet root buy raise
        solve metal whether push seven paragraph third shall held hair describe cook floor either result burn hill
        safe cat century consider type law bit coast copy phrase silent tall sand soil roll temperature finger
        industry value fight lie beat excite natural view sense ear else quite broke case middle kill son lake moment
        scale loud spring observe child straight consonant nation dictionary milk speed method organ pay age section
        dress cloud surprise quiet stone tiny climb cool design poor lot experiment bottom key iron single stick flat
        twenty skin smile crease hole trade melody trip office receive row mouth exact symbol die least trouble shout
        except wrote seed tone join suggest clean break lady yard rise bad blow oil blood touch grew cent mix team
        wire cost lost brown wear garden equal sent choose fell fit flow fair bank collect save control decimal gentle
        woman captain practice separate difficult doctor please protect noon whose locate ring character insect caught
        period indicate radio spoke atom human history effect electric expect crop modern element hit student corner
        party supply bone rail imagine provide agree thus capital won't chair danger fruit rich thick soldier process
        operate guess necessary sharp wing create neighbor neighbour wash bat rather crowd corn compare poem string
        bell depend meat rub tube famous dollar stream fear sight thin triangle planet hurry chief colony clock mine
        tie enter major fresh search send yellow gun allow print dead spot desert suit current lift rose continue
        block chart hat sell success company subtract event particular deal swim term opposite wife shoe shoulder
        spread arrange camp invent cotton born determine quart nine truck noise level chance gather shop stretch throw
        shine property column molecule select wrong gray grey repeat require broad prepare salt nose plural anger claim
        continent oxygen sugar death pretty skill women season solution magnet silver thank branch match suffix
        especially fig afraid huge sister steel discuss forward similar guide experience score apple bought led pitch
        coat mass card band rope slip win dream evening condition feed tool total basic smell valley nor double seat
        arrive master track parent shore division sheet substance favor favour connect post spend chord fat glad
        original share station dad bread charge proper bar offer segment slave duck instant market degree populate
        chick dear enemy reply drink occur support speech nature range steam motion path liquid log meant quotient
        teeth shell neck
        """;

    private static final String MORE = """
        is are was were been being has have had having does did doing done can could shall should will would may might
        must am isn't aren't wasn't weren't hasn't haven't hadn't doesn't didn't can't couldn't shouldn't wouldn't
        mustn't i'm you're he's she's it's we're they're i've you've we've they've i'll you'll he'll she'll we'll
        they'll i'd you'd he'd she'd we'd they'd that's there's here's what's who's let's
        also because however therefore although unless whereas within without into onto upon across along around
        behind below beneath beside besides beyond inside outside throughout towards via per versus
        any anyone anything anywhere everyone everything everywhere someone something somewhere nobody none nowhere
        myself yourself himself herself itself ourselves themselves its ours yours theirs whom whose whatever whenever
        wherever whichever whoever
        already almost always another away else ever instead later maybe often once perhaps quite rather really
        recently sometimes soon today tomorrow tonight yesterday yet
        able about above according actually add added additional address admin advance advanced after again against
        agreement ahead alert alerts all allowed alone alright alternative amount analysis angle annual anonymous
        app apply approve approved april archive archived argument arrow article artist assign attach attached
        attachment audio august author auto automatic automatically available average avoid aware
        background backup bad balance banner battery beginning below beta bill billing birthday blank blocked blog
        bold bookmark bookmarks border bottom bring brightness browse browser budget bug build built bulk button
        buttons cache calendar camera cancel cancelled capture caption cards cart category cell center change changed
        changes channel character characters chat check checkbox checked checkout choice choose chosen city clear
        click client clipboard close closed closing cloud code collapse comment comments commit community compact
        company compose computer confirm confirmation connect connected connection console contact contacts content
        context continue contrast conversation cookie cookies copy copied copyright correct cost country create
        created credit crop current cursor custom customer customize cut daily dark dashboard data database date
        dates day days default delete deleted delivery description desktop detail details device devices dialog
        disable disabled disconnect disk dismiss display document documents domain done download downloads draft
        drafts drag drive due duplicate edit editor email emails empty enable enabled encryption end enter entry
        error errors event events exit expand expired export extension extensions external failed failure false
        favorite favorites favourite favourites feature features feedback file files filter find finish first
        folder folders follow font footer forgot form format forward free friday full fullscreen gallery general
        generate get getting github go goal google graph grid group groups guest guide header heading help hidden
        hide highlight history home homepage hour hours icon icons image images import inbox incoming info
        information input insert install installed installer installation internet invalid invite invoice item
        items january july june justify keyboard keyword keywords label language languages laptop last latest
        launch layout learn left legal library license licence like limit link linked links list live load loading
        local location lock locked log login logout logs main manage manager manual march margin mark media menu
        merge message messages microphone minimize maximize minute minutes missing mobile mode monday month monthly
        more mouse move multiple music mute my name navigate navigation network new news next night note notes
        notification notifications november now number october off offline ok okay on online only open opened
        option optional options order orders other outbox output overview owner page pages paid panel password
        passwords paste pause payment pending permission permissions personal phone photo photos pin pinned play
        player playlist please plugin plugins policy popular portrait post posted posts preferences premium preview
        previous price pricing print printer priority privacy private product profile progress project projects
        properties public publish quantity query question questions quick quit rate read ready receive received
        recent recommended record recording redo refresh register reject related release reload remember remind
        reminder remove removed rename reply report reports request required reset resize restart restore result
        results resume retry return review right save saved scan schedule screen screenshot script scroll search
        second seconds secure security see select selected selection send sent september server service services
        session settings setup share shared sheet shipping shop shopping shortcut show shuffle sidebar sign signed
        size skip sleep slide slides software sort source spam speaker speed spelling start status step stop
        storage store stream submit subscribe subscription success summary sunday support switch sync synchronize
        system tab table tablet tabs tag tags task tasks team template terminal terms text theme thursday time
        timeline title today toggle tool toolbar tools top total track transfer trash trending try tuesday turn
        tutorial type undo uninstall unknown unlock unread unsaved untitled update updated updates upgrade upload
        uploaded url usage user username users valid value verify version video videos view viewer views visible
        voice volume wallet warning watch website wednesday week weekly welcome widget wifi window windows wizard
        word work workspace wrap year yearly yes zoom
        account accounts activate active activity admin administrator agree allow alt application applications
        applied apps assistant attention backspace bin bluetooth brightness calculator charging chrome ctrl
        cursor del disconnected downloaded downloading emoji esc escape explorer filename firewall folder
        forgotten fwd gmail hardware headphones hotspot html http https incognito inline internet keyboard
        login logon lowercase malware microsoft monitor mouse notepad ok outlook pdf pixel pixels popup
        printer processor quit ram readme recycle repository router shift shutdown signout signup
        smartphone spreadsheet startup subfolder submenu taskbar textbox thumbnail timestamp touchpad trackpad
        unsubscribe uppercase usb username virus webcam webpage website wireless workbook
        overwrite overwritten replace replaced skip sure want discard unsaved changes before closing lost won't don't
        permanently cannot undone continue proceed restart required apply updating available version newer older
        accept decline allow deny block always never remember trust trusted untrusted certificate connection
        secure insecure warning dangerous safe unsafe scan scanning protected protection threats
        saturday volunteer shade used uses using user makes made making takes taken took gives given gets got
        goes went gone comes came says said sees seen knows knew thinks looks wants needs works calls tries asks
        feels leaves puts means keeps lets begins seems helps shows hears plays runs moves lives believes brings
        happens writes provides sits stands loses pays meets includes continues sets learns leads understands
        agency agent airport alive amazing ancient angry announce anxious anybody apart apartment approach
        arrival artist aside asleep attack attempt attend audience aunt autumn awake award awful bag bake
        bakery basket bath beach bean beautiful beef beer behave belong belt bench bend benefit berry bicycle
        bike birth biscuit bitter blame blanket blind blossom boil bond boot borrow boss bottle bowl brain brave
        breakfast breath brick bridge brief brush bucket burst bus bush butter cabin cable cake calm candle
        candy cap career careful carpet carrot cash castle casual cattle ceiling celebrate chain champion cheap
        cheese chef chest chicken chocolate church cinema citizen civil clay clerk clever cliff climate clinic
        clothes clothing club coach coal coffee coin collar college comfort committee compete complain concert
        confident confuse congratulations cookie copper cottage couch cough council counter couple courage
        cousin crash crazy cream crew crime critic cruel cup cupboard curtain cushion cycle damage damp daughter
        dawn debate debt decade decent deer defend delay delicious deliver dentist deny depart deposit desk
        dessert destroy diary diet dig dinner dirt dirty discount dish distance disturb dive doll drawer dust
        duty eager eagle earn easy economy educate effort elbow elderly election elephant elevator emergency
        encourage enjoy entire envelope environment evidence exam excellent exchange excuse exhibit expensive
        expert explain explore extra fabric factory faint faith fame fan fancy fantastic fashion fault feather
        fee female fence festival fever fiction film finance firm flag flame flash flight float flood flour
        fluid focus fog fold folk fond fork fortune fox frame fridge friendly frighten frost frozen fuel funny
        furniture future gain gap garage gate gift giant glove goat golf goods gossip government grab grade
        grain grape grateful grave greet guard guilty guitar habit hall hammer handle handsome hang harbour
        harbor harm harvest hate health healthy heaven height hero highway hire holiday hollow honest honey hook
        horn hospital host hotel housing hug humor humour hunger hungry husband illness improve income increase
        indeed injury ink inner insist instance insurance invitation jacket jam jar jaw jeans jewel joke
        journey judge juice jungle junior justice kettle kick kid kiss kitchen kite knee knife knock ladder lamp
        lane laundry lawn lawyer lazy leaf lean leather lecture lemon lend lesson lettuce liberty lid lip loaf
        loan lonely loose loyal luck lucky luggage lunch luxury magazine magic mail male mall manner marry mask
        meal medicine melt member memory mention mess metre meter midnight mild military mirror mistake model
        monkey mood motor mud mug museum mushroom nail narrow nasty native navy neat nephew nerve nest nice niece
        noisy nurse nut obey odd offence offense officer onion opinion orange ordinary oven owe pack package
        pain palace pan pants parcel pardon park partner passenger passport pasta peace peach pear pen pencil
        pepper perfect perform perfume pet petrol pie pig pile pillow pilot pipe pity pizza plate platform
        pleasant plenty plot plus pocket poet poison pole police polite pool pork pot potato pour powder pray
        precious prefer prince princess prison prize profit promise proud pump punish pupil puppy purple purse
        puzzle queen queue rabbit rare raw receipt recipe refuse regret relax relief rely rent repair rescue
        reserve respect restaurant retire reward ribbon rice ripe risk rival roof rotten rough royal rubbish
        rude rug ruin rush sad sailor salad salary sale sauce sausage scarf scene scissors scream screw
        seaside secret secretary seldom senior sensible sew shadow shake shame shampoo shark shave shed sheep
        shelf shelter shirt shock shy sick silk silly sink skirt sleeve slice slim slope smart smoke snack snake
        sock sofa solid soup sour spare spicy spider spin spoon sport spray staff stair stamp steal steep
        stomach storm stove strawberry strict stripe stupid succeed sweet sweater swing tale tap taste tax taxi
        tea tear teacher telephone television tennis tent terrible thief thirsty thread throat ticket tidy
        tiger tight tin tip tired toast toe toilet tomato tomatoes tongue tooth towel tower toy traffic tray
        treat trial trick truly trust truth tunnel twin ugly umbrella uncle underground uniform universe
        university upset upstairs urgent vacation van vegetable vehicle vet victim vote wage waiter wake warn
        wealth weapon wedding weigh wet whale wheat whisper wine wise witness wolf wonderful wool worry worse
        worst wound yawn youth zero zone
        """;

    private static final String SCREEN = """
        youtube facebook twitter instagram linkedin whatsapp telegram tiktok reddit wikipedia amazon netflix spotify
        paypal dropbox onedrive icloud gmail outlook firefox chrome safari edge opera ubuntu debian linux android
        iphone ipad macbook macos ios javascript typescript python java kotlin github gitlab powershell powerpoint
        excel word teams zoom skype slack discord notion adobe photoshop acrobat vlc steam windows microsoft apple
        google samsung intel nvidia amd localhost
        """;
}
