/** Sample documents for /html, /xml, /json and /forms/post (the novel's text is in the public domain). */

/** The body of `/html`. */
export const HTML_PAGE = `<!DOCTYPE html>
<html>
  <head>
  </head>
  <body>
      <h1>Herman Melville - Moby-Dick</h1>

      <div>
        <p>
          Call me Ishmael. Some years ago—never mind how long precisely—having little or no money in my
          purse, and nothing particular to interest me on shore, I thought I would sail about a little
          and see the watery part of the world. It is a way I have of driving off the spleen and
          regulating the circulation.
        </p>
      </div>
  </body>
</html>
`;

/** The body of `/xml`. */
export const XML_DOCUMENT = `<?xml version='1.0' encoding='us-ascii'?>

<!--  A SAMPLE set of slides  -->

<slideshow
    title="Sample Slide Show"
    date="Date of publication"
    author="Yours Truly"
    >

    <!-- TITLE SLIDE -->
    <slide type="all">
      <title>Wake up to WonderWidgets!</title>
    </slide>

    <!-- OVERVIEW -->
    <slide type="all">
        <title>Overview</title>
        <item>Why <em>WonderWidgets</em> are great</item>
        <item/>
        <item>Who <em>buys</em> WonderWidgets</item>
    </slide>

</slideshow>
`;

/** The body of `/json`. */
export const JSON_DOCUMENT = {
  slideshow: {
    author: 'Yours Truly',
    date: 'date of publication',
    slides: [
      { title: 'Wake up to WonderWidgets!', type: 'all' },
      {
        items: ['Why <em>WonderWidgets</em> are great', 'Who <em>buys</em> WonderWidgets'],
        title: 'Overview',
        type: 'all',
      },
    ],
    title: 'Sample Slide Show',
  },
};

/** The body of `/forms/post`: an order form that posts to /post. */
export const FORM_PAGE = `<!DOCTYPE html>
<html>
  <head>
    <title>Order a pizza</title>
  </head>
  <body>
    <form method="post" action="/post">
      <p><label>Customer name: <input name="custname"></label></p>
      <p><label>Telephone: <input type="tel" name="custtel"></label></p>
      <p><label>E-mail address: <input type="email" name="custemail"></label></p>
      <fieldset>
        <legend>Pizza Size</legend>
        <p><label><input type="radio" name="size" value="small"> Small</label></p>
        <p><label><input type="radio" name="size" value="medium"> Medium</label></p>
        <p><label><input type="radio" name="size" value="large"> Large</label></p>
      </fieldset>
      <fieldset>
        <legend>Pizza Toppings</legend>
        <p><label><input type="checkbox" name="topping" value="bacon"> Bacon</label></p>
        <p><label><input type="checkbox" name="topping" value="cheese"> Extra Cheese</label></p>
        <p><label><input type="checkbox" name="topping" value="onion"> Onion</label></p>
        <p><label><input type="checkbox" name="topping" value="mushroom"> Mushroom</label></p>
      </fieldset>
      <p><label>Preferred delivery time: <input type="time" min="11:00" max="21:00" step="900" name="delivery"></label></p>
      <p><label>Delivery instructions: <textarea name="comments"></textarea></label></p>
      <p><button>Submit order</button></p>
    </form>
  </body>
</html>
`;
