// htmx's indicator styles would be an inline <style>, which the Content-Security-Policy refuses.
htmx.config.includeIndicatorStyles = false;
