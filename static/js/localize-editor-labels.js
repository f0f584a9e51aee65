// wagtail-localize's translation editor writes two labels in English whatever the admin's
// language ("More actions" for screen readers, "Nederlands to English translation" as a
// heading): its bundle has them as literals, not through its translation catalogue. This
// replaces them with the labels the template passes in the admin's language, also when the
// editor re-renders.
(function () {
    const script = document.currentScript;
    const moreActions = script.dataset.moreActions;
    const heading = script.dataset.heading;
    const englishHeading = /^.+ to .+ translation$/;

    function relabel(root) {
        root.querySelectorAll(".w-sr-only").forEach((node) => {
            if (node.textContent === "More actions") node.textContent = moreActions;
        });
        root.querySelectorAll("h1, h2, h3, h4, summary, button, a, p, span").forEach((node) => {
            if (node.children.length === 0 && englishHeading.test(node.textContent.trim())) {
                node.textContent = heading;
            }
        });
    }

    function start() {
        const editor = document.querySelector(".js-translation-editor");
        const footerRoot = document.body;
        relabel(footerRoot);
        new MutationObserver(() => relabel(footerRoot)).observe(editor || footerRoot, {
            childList: true,
            subtree: true,
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
