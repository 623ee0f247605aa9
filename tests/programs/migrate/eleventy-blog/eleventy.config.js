// An eleventy-base-blog-like site of our own: the posts are under content/.
export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy("content/blog/*.png");
}

export const config = {
  dir: {
    input: "content",
    output: "_site",
  },
};
