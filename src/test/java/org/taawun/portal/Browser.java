package org.taawun.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Node;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person at a headless Chromium, in one language: Debian's {@code chromium} driven
 * through its {@code chromedriver}. Every page it looks at is saved as a screenshot.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** The windows the tests look through. */
	enum Screen {

		/** A phone held upright. */
		PHONE(390, 844),

		/** A tablet held upright, as in a municipal office. */
		TABLET_PORTRAIT(800, 1280),

		DESKTOP(1280, 960);

		private final int width;

		private final int height;

		Screen(int width, int height) {
			this.width = width;
			this.height = height;
		}

		int width() {
			return this.width;
		}

		int height() {
			return this.height;
		}

	}

	private final ChromeDriver driver;

	private final String base;

	private final String language;

	private final Path downloads;

	private final boolean phone;

	private Browser(ChromeDriver driver, String base, String language, Path downloads, boolean phone) {
		this.phone = phone;
		this.driver = driver;
		this.base = base;
		this.language = language;
		this.downloads = downloads;
	}

	static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/** A browser whose user reads the language first, on a window of that size. */
	static Browser open(String base, String language, Screen screen, Path profile) throws IOException {
		Path downloads = Files.createDirectories(profile.resolve("downloads"));
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// this machine's network is closed: no background connections, or they fail by
		// the dozen
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=" + screen.width() + "," + screen.height(), "--lang=" + language,
				"--accept-lang=" + language, "--user-data-dir=" + profile.resolve("chromium"));
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language, "download.default_directory",
				downloads.toString(), "download.prompt_for_download", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		if (screen == Screen.PHONE) {
			// a window is never narrower than 500 px: a phone's screen is emulated
			phoneScreen(driver, screen.height());
		}
		Files.createDirectories(SCREENSHOTS);
		return new Browser(driver, base, language, downloads, screen == Screen.PHONE);
	}

	private static void phoneScreen(ChromeDriver driver, long height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", Screen.PHONE.width(), "height", height, "deviceScaleFactor", 1, "mobile", true));
	}

	void go(String path) {
		this.driver.get(this.base + path);
	}

	void signIn(String user) {
		go("/login");
		type("username", user);
		type("password", "demo");
		submit();
	}

	String html(String attribute) {
		return this.driver.findElement(By.tagName("html")).getDomAttribute(attribute);
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> all(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	String text(String css) {
		return find(css).getText();
	}

	/** The page as the browser prints it on A4, as a PDF. */
	byte[] printToPdf() {
		org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
		options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
		return java.util.Base64.getDecoder().decode(this.driver.print(options).getContent());
	}

	/** Types where the focus is, as a person at the keyboard does. */
	void keys(CharSequence... keys) {
		this.driver.switchTo().activeElement().sendKeys(keys);
	}

	/**
	 * Presses Tab until the focus is on an element that matches, at most {@code max}
	 * times.
	 */
	WebElement tabTo(String css, int max) {
		for (int i = 0; i < max; i++) {
			keys(org.openqa.selenium.Keys.TAB);
			WebElement focused = this.driver.switchTo().activeElement();
			if ((Boolean) script("return arguments[0].matches(arguments[1])", focused, css)) {
				return focused;
			}
		}
		throw new AssertionError("No " + css + " within " + max + " presses of Tab on " + path());
	}

	/** Presses Enter on the focused element and waits for the page it leads to. */
	void enter() {
		WebElement focused = this.driver.switchTo().activeElement();
		focused.sendKeys(org.openqa.selenium.Keys.ENTER);
		awaitNextPage(focused);
	}

	/** Signs in on the sign-in page already shown, keeping where it leads. */
	void signInHere(String user) {
		type("username", user);
		type("password", "demo");
		submit();
	}

	/**
	 * The session ends on the server's side, as after its timeout: the browser keeps a
	 * cookie the server no longer knows.
	 */
	void sessionEnds() {
		this.driver.manage().deleteCookieNamed("JSESSIONID");
		this.driver.manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID", "0000SESSIONTIMEDOUT0000", "/"));
	}

	/** What a script run in the page answers. */
	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	void type(String id, String text) {
		WebElement input = this.driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	/** Date inputs take their value as the browser's own picker would set it. */
	void date(String id, String isoDate) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1]",
				this.driver.findElement(By.id(id)), isoDate);
	}

	void choose(String name, String value) {
		find("input[name='" + name + "'][value='" + value + "']").click();
	}

	void tick(String id) {
		WebElement box = this.driver.findElement(By.id(id));
		if (!box.isSelected()) {
			box.click();
		}
	}

	void select(String id, String value) {
		new Select(this.driver.findElement(By.id(id))).selectByValue(value);
	}

	/** Sends the page's main form and waits for the next page. */
	void submit() {
		WebElement button = find("main button[type='submit'].primary");
		button.click();
		awaitNextPage(button);
	}

	/** Follows a link or presses a button, and waits for the page it leads to. */
	void click(String css) {
		follow(find(css));
	}

	void follow(WebElement link) {
		link.click();
		awaitNextPage(link);
	}

	private void awaitNextPage(WebElement left) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until((d) -> gone(left));
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until((d) -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
	}

	/**
	 * Whether the element has left with its page. While the page is unloading,
	 * ChromeDriver may answer that the element's node no longer belongs to the document
	 * rather than that it is stale: the same news.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Saves the page as it looks in this browser's language and in the other one, then
	 * comes back to this one.
	 */
	void screenshotInBothLanguages(String page) throws IOException {
		screenshot(page);
		switchLanguage();
		screenshot(page);
		switchLanguage();
	}

	/** Follows the page's language switch to the page in the other language. */
	void switchLanguage() {
		click("a.language");
	}

	/**
	 * Saves the page as a screenshot, once axe-core has found nothing on it against the
	 * rules of WCAG 2.1 A and AA (labels, names, contrast, language, structure).
	 */
	void screenshot(String page) throws IOException {
		String name = html("lang") + "-" + page;
		assertThat(((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
			.as("%s: fits the width of the window, nothing to scroll sideways", name)
			.isEqualTo(true);
		assertThat(((JavascriptExecutor) this.driver).executeScript("""
				return [...document.querySelectorAll('.table-wrap')]
				    .filter((wrap) => wrap.scrollWidth > wrap.clientWidth + 1).map((wrap) => wrap.className)
				  .concat([...document.querySelectorAll('main button, main .button')]
				    .filter((b) => { const r = b.getBoundingClientRect();
				                     return r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1); })
				    .map((b) => b.textContent.trim()))"""))
			.as("%s: no table to scroll sideways, no button cut off", name)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.isEmpty();
		Results audit = new AxeBuilder().withTags(WCAG_21_AA).analyze(this.driver);
		assertThat(audit.getErrorMessage()).as("%s: axe-core ran", name).isNull();
		assertThat(audit.getViolations().stream().map(Browser::describe)).as("%s: accessibility violations", name)
			.isEmpty();
		Files.write(SCREENSHOTS.resolve(name + ".png"), wholePage());
	}

	/**
	 * The page from top to bottom: the window stretched to its height for the picture.
	 */
	private byte[] wholePage() {
		Dimension window = this.driver.manage().window().getSize();
		long height = (Long) ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollHeight");
		if (this.phone) {
			phoneScreen(this.driver, Math.max(Screen.PHONE.height(), height));
			try {
				return this.driver.getScreenshotAs(OutputType.BYTES);
			}
			finally {
				phoneScreen(this.driver, Screen.PHONE.height());
			}
		}
		this.driver.manage()
			.window()
			.setSize(new Dimension(window.getWidth(), (int) Math.max(window.getHeight(), height)));
		try {
			return this.driver.getScreenshotAs(OutputType.BYTES);
		}
		finally {
			this.driver.manage().window().setSize(window);
		}
	}

	private static String describe(Rule violation) {
		return violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " — "
				+ violation.getNodes().stream().map(Node::getHtml).limit(3).toList();
	}

	/** Presses a button that changes the page in place, without leaving it. */
	void press(String css) {
		find(css).click();
	}

	/** Follows a link that downloads a file rather than opening a page. */
	void download(String css) {
		find(css).click();
	}

	/**
	 * The file the browser downloaded, once it has arrived whole: Chromium reserves the
	 * final name with an empty file and writes beside it into a {@code .crdownload} that
	 * it renames at the end (or first into a hidden {@code .org.chromium.Chromium.*}
	 * file), so a file is whole only when it has content and nothing is still being
	 * written.
	 */
	Path awaitDownload(Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline) {
			try (var files = Files.list(this.downloads)) {
				List<Path> present = files.toList();
				boolean writing = present.stream()
					.map((file) -> file.getFileName().toString())
					.anyMatch((name) -> name.endsWith(".crdownload") || name.startsWith("."));
				var whole = present.stream().filter((file) -> !writing && size(file) > 0).findFirst();
				if (whole.isPresent()) {
					return whole.get();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Nothing downloaded whole in " + patience);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			// renamed away between listing and reading: not whole yet
			return 0;
		}
	}

	String language() {
		return this.language;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
